"""The Discord double itself, exercised with a throwaway discord.py bot (no Mercato code)."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Iterator

import discord
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands

from tests.discord_double import (
    Channel,
    CommandRefused,
    DiscordDouble,
    Guild,
    Member,
    P,
    Role,
    User,
    patch_discord,
    running_bot,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

GUILD_ID = (1_300_000_000_000 << 22) | 7  # shard 0 of 2 ...
OTHER_GUILD_ID = (1_300_000_000_001 << 22) | 7  # ... and shard 1 of 2
assert (GUILD_ID >> 22) % 2 == 0 and (OTHER_GUILD_ID >> 22) % 2 == 1

OWNER = User(id=9001, name="owner")
MOD = User(id=9002, name="mod")
PLAIN = User(id=9003, name="plain")
STRANGER = User(id=9004, name="dm-only")
MOD_ROLE = Role(id=8001, name="Mods", permissions=P.MANAGE_GUILD)
GENERAL = Channel(id=7001, name="general")
NEWS = Channel(id=7002, name="news")


def make_world() -> tuple[list[Guild], list[User]]:
    g1 = Guild(
        id=GUILD_ID,
        name="Peloton",
        owner_id=OWNER.id,
        channels=[GENERAL, NEWS],
        roles=[MOD_ROLE],
        members=[Member(PLAIN), Member(MOD, roles=[MOD_ROLE.id]), Member(OWNER)],
    )
    g2 = Guild(
        id=OTHER_GUILD_ID,
        name="Gruppetto",
        owner_id=OWNER.id,
        channels=[Channel(id=7101, name="chat")],
        members=[Member(PLAIN), Member(OWNER)],
    )
    return [g1, g2], [STRANGER]


# ---------------------------------------------------------------------------------------------
# the throwaway bot
# ---------------------------------------------------------------------------------------------

RIDERS = ["Pogačar", "Vingegaard", "Evenepoel", "Roglič", "van der Poel", "van Aert"]


class Form(discord.ui.Modal, title="Report a transfer"):
    rider = discord.ui.TextInput(label="Rider", custom_id="form-rider")
    team = discord.ui.TextInput(label="New team", custom_id="form-team", required=False)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            f"thanks: {self.rider.value} -> {self.team.value}", ephemeral=True
        )


class Buttons(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=60)

    @discord.ui.button(label="Next", custom_id="btn-next")
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content="page 2", view=self)

    @discord.ui.select(
        custom_id="sel-rider", options=[discord.SelectOption(label=r, value=r) for r in RIDERS[:3]]
    )
    async def pick(self, interaction: discord.Interaction, select: discord.ui.Select) -> None:
        await interaction.response.defer()
        await interaction.followup.send(f"picked {select.values[0]}", ephemeral=True)

    @discord.ui.button(label="Form", custom_id="btn-form")
    async def form(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_modal(Form())


class ThrowawayBot(commands.Bot):
    def __init__(self, **kwargs) -> None:
        super().__init__(
            command_prefix="!",
            intents=discord.Intents.default() | discord.Intents(members=True),
            guild_ready_timeout=0.05,
            **kwargs,
        )
        self.last_error: Exception | None = None

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        # discord.py sleeps 5 s before every non-initial IDENTIFY; not needed against the double
        return None

    async def setup_hook(self) -> None:
        tree = self.tree

        @tree.command(description="Reply ephemerally with an embed")
        async def embed(interaction: discord.Interaction, text: str) -> None:
            e = discord.Embed(title="Result", description=text).add_field(name="n", value="1")
            await interaction.response.send_message(embed=e, ephemeral=True)

        @tree.command(description="Defer, then follow up")
        async def slow(interaction: discord.Interaction, edit: bool = False) -> None:
            await interaction.response.defer(thinking=True)
            await asyncio.sleep(0)
            if edit:
                await interaction.edit_original_response(content="edited answer")
            else:
                await interaction.followup.send("late answer")

        async def rider_ac(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [
                app_commands.Choice(name=r, value=r) for r in RIDERS if current.lower() in r.lower()
            ]

        @tree.command(description="Pick a rider")
        @app_commands.autocomplete(rider=rider_ac)
        async def pick(
            interaction: discord.Interaction, rider: str, user: discord.Member | None = None
        ) -> None:
            who = user.display_name if user else "nobody"
            await interaction.response.send_message(f"{rider} for {who}")

        async def too_many(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f"choice {i}", value=str(i)) for i in range(31)]

        @tree.command(description="Autocomplete with too many choices")
        @app_commands.autocomplete(q=too_many)
        async def bigauto(interaction: discord.Interaction, q: str) -> None:
            await interaction.response.send_message(q)

        @tree.command(description="Send a message with buttons")
        async def buttons(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("page 1", view=Buttons())

        @tree.command(description="Open a modal")
        async def form(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(Form())

        @tree.command(description="Moderators only")
        @app_commands.default_permissions(manage_guild=True)
        async def admin(interaction: discord.Interaction) -> None:
            if not interaction.permissions.manage_guild:
                await interaction.response.send_message("refused by the bot", ephemeral=True)
                return
            await interaction.response.send_message("admin ok", ephemeral=True)

        @tree.command(description="Embed title too long")
        async def bigembed(interaction: discord.Interaction) -> None:
            try:
                await interaction.response.send_message(embed=discord.Embed(title="x" * 300))
            except discord.HTTPException as exc:
                self.last_error = exc

        @tree.command(description="Sleep before answering")
        async def sleepy(interaction: discord.Interaction, seconds: float) -> None:
            await asyncio.sleep(seconds)
            try:
                await interaction.response.send_message("woke up")
            except discord.HTTPException as exc:
                self.last_error = exc

        @tree.command(description="Acknowledge twice")
        async def twice(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("one")
            interaction.response._response_type = None  # defeat discord.py's local guard
            try:
                await interaction.response.send_message("two")
            except discord.HTTPException as exc:
                self.last_error = exc

        @tree.command(description="Post to a channel and DM the user")
        async def post(interaction: discord.Interaction, where: discord.TextChannel) -> None:
            await interaction.response.defer(ephemeral=True)
            await where.send("posted")
            await interaction.user.send("a DM for you")
            await interaction.edit_original_response(content="done")

        @tree.command(description="Follow up before acknowledging")
        async def eager(interaction: discord.Interaction) -> None:
            try:
                await interaction.followup.send("too early")
            except discord.HTTPException as exc:
                self.last_error = exc
            await interaction.response.send_message(
                "acknowledged", file=discord.File(io.BytesIO(b"abc"), "a.txt")
            )

        group = app_commands.Group(name="team", description="Team commands")

        @group.command(name="show", description="Show a team")
        async def team_show(interaction: discord.Interaction, name: str, year: int = 2026) -> None:
            await interaction.response.send_message(f"{name} {year}")

        tree.add_command(group)
        await tree.sync()


# ---------------------------------------------------------------------------------------------
# fixtures
# ---------------------------------------------------------------------------------------------


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world() -> AsyncIterator[tuple[DiscordDouble, ThrowawayBot]]:
    guilds, dm_users = make_world()
    double = DiscordDouble(
        guilds=guilds, dm_users=dm_users, bot_permissions=P.VIEW_CHANNEL | P.SEND_MESSAGES
    )
    await double.start()
    try:
        with patch_discord(double):
            bot = ThrowawayBot()
            async with running_bot(bot, double):
                await double.wait_for(lambda: double.global_commands, what="command sync")
                yield double, bot
    finally:
        await double.stop()


@pytest.fixture
def dd(world: tuple[DiscordDouble, ThrowawayBot]) -> Iterator[DiscordDouble]:
    double = world[0]
    double.begin_test()
    yield double
    double.end_test()


@pytest.fixture
def bot(world: tuple[DiscordDouble, ThrowawayBot]) -> ThrowawayBot:
    return world[1]


# ---------------------------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------------------------


async def test_login_ready_and_guild_create(dd: DiscordDouble, bot: ThrowawayBot) -> None:
    assert bot.user is not None and bot.user.id == dd.application_id
    assert bot.application_id == dd.application_id
    assert {g.id for g in bot.guilds} == {GUILD_ID, OTHER_GUILD_ID}
    g = bot.get_guild(GUILD_ID)
    assert g is not None and g.name == "Peloton"
    assert {c.id for c in g.text_channels} == {GENERAL.id, NEWS.id}
    assert g.get_role(MOD_ROLE.id).permissions.manage_guild
    assert g.get_member(MOD.id) is not None
    paths = [(r.method, r.path) for r in dd.requests]
    assert ("GET", "/users/@me") in paths and ("GET", "/oauth2/applications/@me") in paths
    kinds = [e.kind for e in dd.gateway_log]
    assert "identify" in kinds and "ready" in kinds


async def test_command_sync_recorded(dd: DiscordDouble) -> None:
    names = {c["name"] for c in dd.global_commands}
    assert {"embed", "slow", "pick", "buttons", "form", "admin", "team"} <= names
    admin = dd.registered_command("admin")
    assert admin is not None and admin["default_member_permissions"] == str(P.MANAGE_GUILD)
    pick = dd.registered_command("pick")
    assert [o["type"] for o in pick["options"]] == [3, 6]
    assert pick["options"][0]["autocomplete"] is True
    put = [r for r in dd.requests if r.method == "PUT" and r.path.endswith("/commands")]
    assert put and put[-1].status == 200


async def test_invalid_command_registration_is_rejected(
    dd: DiscordDouble, bot: ThrowawayBot
) -> None:
    from discord.http import Route

    bad = [
        {"name": "Bad Name", "description": "x", "type": 1},
        {"name": "ok", "description": "", "type": 1},
        {
            "name": "opts",
            "description": "d",
            "type": 1,
            "options": [
                {"name": "a", "description": "d", "type": 3, "required": False},
                {"name": "b", "description": "d", "type": 3, "required": True},
            ],
        },
    ]
    dd.expect_violation("invalid_commands")
    with pytest.raises(discord.HTTPException) as info:
        await bot.http.request(
            Route("PUT", "/applications/{a}/guilds/{g}/commands", a=dd.application_id, g=GUILD_ID),
            json=bad,
        )
    assert info.value.status == 400 and info.value.code == 50035
    problems = dd.violations[-1].problems
    assert any("0.name" in p for p in problems)
    assert any("1.description" in p for p in problems)
    assert any("REQUIRED_INVALID" in p for p in problems)
    assert GUILD_ID not in dd.guild_commands


async def test_ephemeral_embed_reply(dd: DiscordDouble) -> None:
    rec = await dd.invoke_command("embed", {"text": "hello"})
    body = await rec.response()
    assert body["type"] == 4
    assert body["data"]["flags"] & 64
    assert body["data"]["embeds"][0]["title"] == "Result"
    assert rec.ephemeral
    msg = await rec.final_message()
    assert msg["embeds"][0]["description"] == "hello"


async def test_defer_then_followup_and_edit(dd: DiscordDouble) -> None:
    rec = await dd.invoke_command("slow")
    assert (await rec.response())["type"] == 5
    fu = await rec.wait_followup()
    assert fu["content"] == "late answer"
    assert (await rec.final_message())["content"] == "late answer"

    rec2 = await dd.invoke_command("slow", {"edit": True})
    assert (await rec2.response())["type"] == 5
    edit = await rec2.wait_edit()
    assert edit["content"] == "edited answer"
    assert (await rec2.final_message())["content"] == "edited answer"


async def test_autocomplete_and_resolved_user(dd: DiscordDouble) -> None:
    rec = await dd.invoke_autocomplete("pick", {"rider": "van"}, focused="rider")
    body = await rec.response()
    assert body["type"] == 8
    assert [c["name"] for c in body["data"]["choices"]] == ["van der Poel", "van Aert"]

    rec = await dd.invoke_command("pick", {"rider": "Roglič", "user": MOD.id})
    body = await rec.response()
    assert body["data"]["content"] == "Roglič for mod"
    assert rec.payload["data"]["resolved"]["members"][str(MOD.id)]["roles"] == [str(MOD_ROLE.id)]


async def test_option_types_are_checked_against_registration(dd: DiscordDouble) -> None:
    with pytest.raises(TypeError):
        await dd.invoke_command("pick", {"rider": 5})
    with pytest.raises(LookupError):
        await dd.invoke_command("pick", {"nope": "x"})
    with pytest.raises(ValueError):
        await dd.invoke_command("pick", {})
    with pytest.raises(LookupError):
        await dd.invoke_command("does-not-exist")


async def test_subcommand(dd: DiscordDouble) -> None:
    rec = await dd.invoke_command("team", {"name": "UAE", "year": 2025}, subcommand="show")
    assert (await rec.response())["data"]["content"] == "UAE 2025"
    opt = rec.payload["data"]["options"][0]
    assert opt["type"] == 1 and opt["name"] == "show"


async def test_button_select_and_modal(dd: DiscordDouble) -> None:
    rec = await dd.invoke_command("buttons")
    assert (await rec.response())["type"] == 4
    msg = await rec.final_message()

    click = await dd.click(msg, "btn-next")
    body = await click.response()
    assert body["type"] == 7 and body["data"]["content"] == "page 2"
    assert dd.messages[int(msg["id"])]["content"] == "page 2"

    sel = await dd.click(msg, "sel-rider", values=["Vingegaard"])
    assert (await sel.response())["type"] == 6
    assert (await sel.wait_followup())["content"] == "picked Vingegaard"

    opener = await dd.click(msg, "btn-form")
    body = await opener.response()
    assert body["type"] == 9 and body["data"]["title"] == "Report a transfer"
    sub = await dd.submit_modal(
        body["data"]["custom_id"], {"form-rider": "Pidcock", "form-team": "Q36.5"}
    )
    body = await sub.response()
    assert body["type"] == 4 and body["data"]["content"] == "thanks: Pidcock -> Q36.5"


async def test_modal_from_slash_command(dd: DiscordDouble) -> None:
    rec = await dd.invoke_command("form")
    body = await rec.response()
    assert body["type"] == 9
    with pytest.raises(ValueError):
        await dd.submit_modal(body["data"]["custom_id"], {"form-team": "no rider"})
    sub = await dd.submit_modal(body["data"]["custom_id"], {"form-rider": "Ayuso"})
    assert (await sub.response())["data"]["content"] == "thanks: Ayuso -> "


async def test_default_member_permissions(dd: DiscordDouble) -> None:
    with pytest.raises(CommandRefused):
        await dd.invoke_command("admin", user=PLAIN.id)
    ok = await dd.invoke_command("admin", user=MOD.id)
    assert (await ok.response())["data"]["content"] == "admin ok"
    owner = await dd.invoke_command("admin", user=OWNER.id)
    assert (await owner.response())["data"]["content"] == "admin ok"
    forced = await dd.invoke_command("admin", user=PLAIN.id, override_permissions=True)
    assert (await forced.response())["data"]["content"] == "refused by the bot"


async def test_dm_interaction(dd: DiscordDouble) -> None:
    rec = await dd.invoke_command("embed", {"text": "in a DM"}, dm=True, user=STRANGER.id)
    assert "guild_id" not in rec.payload and rec.payload["user"]["id"] == str(STRANGER.id)
    assert (await rec.response())["type"] == 4


async def test_channel_post_and_dm(dd: DiscordDouble) -> None:
    rec = await dd.invoke_command("post", {"where": NEWS.id}, user=MOD.id)
    assert rec.payload["data"]["resolved"]["channels"][str(NEWS.id)]["name"] == "news"
    post = await dd.wait_message(NEWS.id)
    assert post["content"] == "posted"
    dm = await dd.wait_dm(MOD.id)
    assert dm["content"] == "a DM for you"
    assert (await rec.final_message())["content"] == "done"


async def test_violation_too_many_autocomplete_choices(dd: DiscordDouble) -> None:
    dd.expect_violation("invalid_form_body")
    rec = await dd.invoke_autocomplete("bigauto", {"q": ""}, focused="q")
    v = await dd.wait_violation("invalid_form_body")
    assert any("choices" in p and "25" in p for p in v.problems)
    assert rec.callback is None and rec.callback_attempts[0][0] == 400


async def test_violation_embed_title_too_long(dd: DiscordDouble, bot: ThrowawayBot) -> None:
    dd.expect_violation("invalid_form_body")
    rec = await dd.invoke_command("bigembed")
    v = await dd.wait_violation("invalid_form_body")
    assert any("embeds.0.title" in p for p in v.problems)
    await dd.wait_for(lambda: rec.callback_attempts)
    assert rec.callback is None


async def test_violation_late_callback(dd: DiscordDouble, bot: ThrowawayBot) -> None:
    dd.expect_violation("late_callback")
    with dd.deadline(0.2):
        rec = await dd.invoke_command("sleepy", {"seconds": 0.3})
    v = await dd.wait_violation("late_callback")
    assert "deadline 0.2" in v.detail
    await dd.wait_for(lambda: getattr(bot, "last_error", None) is not None)
    assert isinstance(bot.last_error, discord.NotFound) and bot.last_error.code == 10062
    assert rec.callback is None
    bot.last_error = None


async def test_violation_double_acknowledgement(dd: DiscordDouble, bot: ThrowawayBot) -> None:
    dd.expect_violation("already_acknowledged")
    rec = await dd.invoke_command("twice")
    assert (await rec.response())["data"]["content"] == "one"
    await dd.wait_violation("already_acknowledged")
    await dd.wait_for(lambda: getattr(bot, "last_error", None) is not None)
    assert bot.last_error.code == 40060
    bot.last_error = None


async def test_fault_500_then_success(dd: DiscordDouble) -> None:
    rule = dd.fail_next(1, 500, route_filter=r"POST /channels/\d+/messages")
    rec = await dd.invoke_command("post", {"where": GENERAL.id})
    post = await dd.wait_message(GENERAL.id, timeout=5)
    assert post["content"] == "posted" and rule.hits == 1
    statuses = [
        r.status
        for r in dd.requests
        if r.method == "POST" and r.path == f"/channels/{GENERAL.id}/messages"
    ]
    assert statuses[-2:] == [500, 200]
    await dd.wait_dm(PLAIN.id)
    await rec.final_message()


async def test_fault_429_retried(dd: DiscordDouble) -> None:
    rule = dd.fail_next(1, 429, route_filter=r"POST /channels/\d+/messages", retry_after=0.05)
    rec = await dd.invoke_command("post", {"where": GENERAL.id})
    await dd.wait_message(GENERAL.id)
    assert rule.hits == 1
    await dd.wait_dm(PLAIN.id)
    await rec.final_message()


async def test_fault_403_surfaces(dd: DiscordDouble, bot: ThrowawayBot) -> None:
    dd.fail_next(1, 403, route_filter=r"POST /channels/")
    with pytest.raises(discord.Forbidden) as info:
        await bot.get_channel(GENERAL.id).send("x")
    assert info.value.code == 50013


async def test_unknown_route_is_recorded(dd: DiscordDouble, bot: ThrowawayBot) -> None:
    with pytest.raises(discord.NotFound):
        await bot.fetch_guild(GUILD_ID)
    assert dd.unknown_routes and dd.unknown_routes[-1].path == f"/guilds/{GUILD_ID}"
    dd.unknown_routes.clear()  # this test hit it on purpose


@pytest.mark.parametrize("how", ["reconnect", "close"])
async def test_resume_after_forced_reconnect(
    dd: DiscordDouble, bot: ThrowawayBot, how: str
) -> None:
    resumed = asyncio.Event()

    async def on_resumed() -> None:
        resumed.set()

    bot.add_listener(on_resumed)
    try:
        mark = await dd.force_reconnect(0, how=how)
        [ev] = await dd.wait_gateway("resume", since=mark)
        assert ev.via_resume_url
        await dd.wait_gateway("resumed", since=mark)
        await asyncio.wait_for(resumed.wait(), 5)
    finally:
        bot.remove_listener(on_resumed)
    assert not [e for e in dd.gateway_log[mark:] if e.kind == "identify"]
    rec = await dd.invoke_command("embed", {"text": "after resume"})
    assert (await rec.response())["type"] == 4


async def test_full_reidentify_after_invalid_session(dd: DiscordDouble, bot: ThrowawayBot) -> None:
    mark = await dd.force_reconnect(0, how="invalidate")
    await dd.wait_gateway("guilds_sent", since=mark)
    assert any(e.kind == "identify" for e in dd.gateway_log[mark:])
    rec = await dd.invoke_command("embed", {"text": "after identify"})
    assert (await rec.response())["type"] == 4


async def test_zlib_stream_negotiated(dd: DiscordDouble) -> None:
    # discord.py asks for zlib-stream unless a zstd module is importable; the double honours it.
    ctype = discord.utils._ActiveDecompressionContext.COMPRESSION_TYPE
    live = [c for c in dd._conns if c.session is not None]
    assert live
    assert all((c.compressor is not None) == (ctype == "zlib-stream") for c in live)


async def test_violation_followup_before_ack_and_multipart(
    dd: DiscordDouble, bot: ThrowawayBot
) -> None:
    dd.expect_violation("not_acknowledged")
    rec = await dd.invoke_command("eager")
    body = await rec.response()
    assert body["data"]["content"] == "acknowledged"  # parsed from multipart payload_json
    assert bot.last_error is not None and bot.last_error.code == 10015
    bot.last_error = None
    callback = next(
        r for r in dd.requests if r.path.endswith("/callback") and r.status == 200 and r.files
    )
    assert callback.files[0]["filename"] == "a.txt" and callback.files[0]["data"] == b"abc"
    assert (await rec.final_message())["attachments"][0]["filename"] == "a.txt"


async def test_channel_send_with_file(dd: DiscordDouble, bot: ThrowawayBot) -> None:
    await bot.get_channel(GENERAL.id).send(
        "with file", file=discord.File(io.BytesIO(b"xyz"), "b.txt")
    )
    msg = await dd.wait_message(GENERAL.id, predicate=lambda m: m["content"] == "with file")
    assert msg["attachments"][0]["size"] == 3


def _png(width: int, height: int) -> bytes:
    """A real PNG of the given size (the double reads its IHDR like Discord does)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height)).save(out, format="PNG")
    return out.getvalue()


async def test_embed_image_from_an_attachment_and_edits_keep_or_replace_it(
    dd: DiscordDouble, bot: ThrowawayBot
) -> None:
    channel = bot.get_channel(GENERAL.id)
    embed = discord.Embed(title="picture").set_image(url="attachment://chart.png")
    file = discord.File(io.BytesIO(_png(40, 20)), "chart.png", description="a chart")
    sent = await channel.send(embed=embed, file=file)
    msg = dd.messages[sent.id]
    [att] = msg["attachments"]
    assert (att["filename"], att["content_type"], att["width"], att["height"]) == (
        "chart.png", "image/png", 40, 20,
    )  # fmt: skip
    assert att["description"] == "a chart"
    assert msg["embeds"][0]["image"]["url"] == att["url"]  # attachment:// resolved, as Discord
    posted = next(
        r for r in reversed(dd.requests) if r.path == f"/channels/{GENERAL.id}/messages" and r.files
    )
    assert posted.json["embeds"][0]["image"]["url"] == "attachment://chart.png"
    # An edit without attachments keeps the file; one with a new file and no kept ids replaces it.
    await sent.edit(content="edited")
    assert [a["id"] for a in dd.messages[sent.id]["attachments"]] == [att["id"]]
    new = discord.File(io.BytesIO(_png(10, 10)), "chart.png")
    await sent.edit(embed=embed, attachments=[new])
    [replaced] = dd.messages[sent.id]["attachments"]
    assert replaced["id"] != att["id"] and replaced["width"] == 10
    assert dd.messages[sent.id]["embeds"][0]["image"]["url"] == replaced["url"]


async def test_embed_naming_a_file_that_was_not_uploaded_is_a_violation(
    dd: DiscordDouble, bot: ThrowawayBot
) -> None:
    dd.expect_violation("unresolved_attachment")
    embed = discord.Embed(title="x").set_image(url="attachment://missing.png")
    await bot.get_channel(GENERAL.id).send(embed=embed)


async def test_response_timeout_fails_loudly(dd: DiscordDouble) -> None:
    from tests.discord_double import DoubleTimeout

    rec = await dd.invoke_command("sleepy", {"seconds": 0.2})
    with pytest.raises(DoubleTimeout):
        await rec.response(timeout=0.05)
    await rec.response()
