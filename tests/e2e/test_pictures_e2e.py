"""Pictures in the answers through the Discord double: the PNG uploaded with /transfer and /team,
shown as the embed's image on every page, described in words, and /config images on|off."""

from __future__ import annotations

import io
import logging
import sqlite3
from typing import Any

import pytest
from PIL import Image

from bot.domain.models import Actor, EntityKind
from bot.presentation.answer import plain
from bot.services.news import CreatePerson
from tests.discord_double import CommandRefused, DiscordDouble, RecordedRequest
from tests.e2e.conftest import (
    EPHEMERAL,
    GUILD_OWNER,
    MOD,
    OTHER_GUILD_ID,
    PLAIN,
    STRANGER,
    Mercato,
    buttons,
    embed,
    fields,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

MAX_BYTES = 200 * 1024
MAX_WIDTH = 1200


def callback_request(double: DiscordDouble, interaction_id: int) -> RecordedRequest:
    """The accepted callback POST of an interaction, as the bot sent it (files included)."""
    return next(
        r
        for r in reversed(double.requests)
        if r.path.startswith(f"/interactions/{interaction_id}/") and r.status in (200, 204)
    )


def check_png(data: bytes) -> tuple[int, int]:
    """A PNG Pillow can decode, within the size limits: its width and height."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) <= MAX_BYTES
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        assert im.format == "PNG"
        assert im.width <= MAX_WIDTH
        return im.size


def the_picture(double: DiscordDouble, rec: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The one file uploaded with the answer and the stored message's attachment for it."""
    [upload] = callback_request(double, rec.id).files
    width, height = check_png(upload["data"])
    message = rec.original
    assert message is not None
    [att] = message["attachments"]
    assert (att["filename"], att["content_type"]) == (upload["filename"], "image/png")
    assert (att["width"], att["height"], att["size"]) == (width, height, len(upload["data"]))
    return upload, att


async def test_transfer_cavendish_carries_his_career_timeline(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "cavendish"})
    data = (await rec.response())["data"]
    assert not data.get("flags", 0) & EPHEMERAL
    e = embed(data)
    assert e["image"] == {"url": "attachment://career-mark-cavendish.png"}
    upload, att = the_picture(double, rec)
    assert upload["filename"] == "career-mark-cavendish.png"
    assert att["width"] == 1000
    # The embed as Discord stores it shows the uploaded file.
    assert embed(rec.original)["image"]["url"] == att["url"]
    # Alt text for screen readers: the timeline in words.
    assert att["description"].startswith(
        "Career timeline of Mark Cavendish: 2010 Team HTC-Columbia; 2011 HTC-Highroad; "
    )
    assert "2023–2024 Astana Qazaqstan Team" in att["description"]
    assert "Stories: 2024 Retires at the end of 2024 (confirmed)" in att["description"]
    # The text says everything the picture shows: every spell, every story.
    history = dict(fields(data))["Team history · team registry"]
    for spell in (
        "Team HTC-Columbia 2010",
        "Sky ProCycling 2012",
        "Astana Qazaqstan Team 2023–2024",
    ):
        assert spell in history
    assert [n for n, _ in fields(data)][:2] == [
        "2024 · Retirement postponed · ✅ Official",
        "2024 · Retirement · ☑️ Confirmed",
    ]


async def test_team_astana_2024_carries_its_ins_and_outs(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("team", {"name": "astana", "season": 2024})
    data = (await rec.response())["data"]
    e = embed(data)
    assert e["title"] == "Astana Qazaqstan Team · 2024"
    assert e["image"] == {"url": "attachment://team-astana-qazaqstan-2024.png"}
    upload, att = the_picture(double, rec)
    assert upload["filename"] == "team-astana-qazaqstan-2024.png"
    assert embed(rec.original)["image"]["url"] == att["url"]
    assert att["description"].startswith(
        "Ins and outs of Astana Qazaqstan Team for 2024. 4 arrivals: Michael Mørkøv from "
        "Soudal Quick-Step (official)"
    )
    # Everyone the picture draws is in the text, with where they come from or go to.
    text = plain("\n".join(v for _, v in fields(data)))
    for who in ("Michael Mørkøv from Soudal Quick-Step", "Max Kanter from Movistar Team"):
        assert who in text
    assert "Vasilis Anastopoulos" in text and "Mark Cavendish" in text


async def test_transfer_of_a_team_carries_the_ins_and_outs_too(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "astana", "season": 2024})
    data = (await rec.response())["data"]
    assert embed(data)["image"] == {"url": "attachment://team-astana-qazaqstan-2024.png"}
    the_picture(double, rec)


async def test_direct_messages_carry_the_picture_no_server_turned_off(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "cav"}, dm=True, user=STRANGER)
    data = (await rec.response())["data"]
    assert embed(data)["image"] == {"url": "attachment://career-mark-cavendish.png"}
    the_picture(double, rec)


async def test_page_buttons_keep_the_picture_without_uploading_it_again(
    mercato: Mercato, double: DiscordDouble
) -> None:
    s = mercato.services
    person = s.directory.resolve("chris froome", OTHER_GUILD_ID, kinds={EntityKind.PERSON}).best
    team = s.directory.resolve("cofidis", OTHER_GUILD_ID, kinds={EntityKind.TEAM}).best
    assert person is not None and team is not None
    for season in range(2012, 2021):
        draft = s.news.draft(
            person_id=person.ref.id, kind="transfer", status="rumour", to_team_id=team.ref.id,
            source_url=f"https://www.cyclingnews.com/news/froome-pic-{season}", season=season,
            summary=f"A rumour for {season}.", published="2011-06-01",
        )  # fmt: skip
        await s.news.store(draft, Actor(MOD.id, "mod", OTHER_GUILD_ID))
    rec = await double.invoke_command(
        "transfer", {"name": "chris froome"}, guild=OTHER_GUILD_ID, user=PLAIN
    )
    first = (await rec.response())["data"]
    filename = "career-chris-froome.png"
    assert embed(first)["footer"]["text"].endswith("Page 1/2")
    assert embed(first)["image"] == {"url": f"attachment://{filename}"}
    _, att = the_picture(double, rec)
    # Nine seasons of rumours are drawn on the timeline, as the pages list them.
    assert att["description"].count("To Cofidis") == 9
    message = await rec.final_message()
    click = await double.click(message, buttons(message)["Next"], user=PLAIN)
    page2 = (await click.response())["data"]
    assert embed(page2)["footer"]["text"].endswith("Page 2/2")
    assert embed(page2)["image"] == {"url": f"attachment://{filename}"}
    assert [str(a["id"]) for a in page2["attachments"]] == [att["id"]]  # kept, by id
    assert callback_request(double, click.id).files == []  # nothing uploaded again
    stored = double.messages[int(message["id"])]
    assert [a["id"] for a in stored["attachments"]] == [att["id"]]
    assert embed(stored)["image"]["url"] == att["url"]
    assert embed(stored)["footer"]["text"].endswith("Page 2/2")
    back = await double.click(stored, buttons(stored)["Previous"], user=PLAIN)
    assert embed((await back.response())["data"])["image"] == {"url": f"attachment://{filename}"}
    assert [a["id"] for a in double.messages[int(message["id"])]["attachments"]] == [att["id"]]


def audited_images(mercato: Mercato, guild_id: int) -> list[tuple[str, str]]:
    with sqlite3.connect(mercato.db_path) as conn:
        return conn.execute(
            "SELECT old_values, new_values FROM audit_log WHERE entity = 'guild_settings'"
            " AND entity_id = ? AND new_values LIKE '%images%' ORDER BY id",
            (guild_id,),
        ).fetchall()


async def test_images_off_sends_text_only_and_on_again_brings_them_back(
    mercato: Mercato, double: DiscordDouble
) -> None:
    with pytest.raises(CommandRefused):  # Discord hides it from members without Manage Server
        await double.invoke_command(
            "config", {"state": "off"}, subcommand="images", guild=OTHER_GUILD_ID, user=PLAIN
        )
    refused = await double.invoke_command(
        "config", {"state": "off"}, subcommand="images", guild=OTHER_GUILD_ID, user=PLAIN,
        override_permissions=True,
    )  # fmt: skip
    assert embed((await refused.response())["data"])["title"] == "Admins only"
    before = audited_images(mercato, OTHER_GUILD_ID)
    off = await double.invoke_command(
        "config", {"state": "off"}, subcommand="images", guild=OTHER_GUILD_ID, user=GUILD_OWNER
    )
    data = (await off.response())["data"]
    assert data["flags"] & EPHEMERAL
    assert embed(data)["title"] == "Pictures off"
    assert audited_images(mercato, OTHER_GUILD_ID)[len(before) :] == [
        ('{"images": true}', '{"images": false}')
    ]
    try:
        for command, options in (
            ("transfer", {"name": "cavendish"}),
            ("team", {"name": "astana", "season": 2024}),
        ):
            rec = await double.invoke_command(command, options, guild=OTHER_GUILD_ID)
            data = (await rec.response())["data"]
            assert "image" not in embed(data)
            assert callback_request(double, rec.id).files == []
            assert rec.original is not None and rec.original["attachments"] == []
        # Another server's setting is its own: the main one still gets pictures.
        rec = await double.invoke_command("transfer", {"name": "cavendish"})
        assert "image" in embed((await rec.response())["data"])
    finally:
        on = await double.invoke_command(
            "config", {"state": "on"}, subcommand="images", guild=OTHER_GUILD_ID, user=GUILD_OWNER
        )
        assert embed((await on.response())["data"])["title"] == "Pictures on"
    rec = await double.invoke_command("transfer", {"name": "cavendish"}, guild=OTHER_GUILD_ID)
    assert "image" in embed((await rec.response())["data"])


async def test_a_person_with_no_team_gets_a_picture_only_once_a_story_places_them(
    mercato: Mercato, double: DiscordDouble
) -> None:
    """No team and no story: nothing to draw, so no picture (the text says there is no news).
    A story with a season puts a marker on the timeline: then the picture says something."""
    s = mercato.services
    actor = Actor(MOD.id, "mod", OTHER_GUILD_ID)
    created = await s.news.create_person(CreatePerson("Zoë Newcomer", "rider", "NED"), actor)
    rec = await double.invoke_command("transfer", {"name": "zoe newcomer"}, guild=OTHER_GUILD_ID)
    data = (await rec.response())["data"]
    assert embed(data)["title"] == "Zoë Newcomer"
    assert "No transfer news is stored" in embed(data)["description"]
    assert "image" not in embed(data)
    assert callback_request(double, rec.id).files == []
    team = s.directory.resolve("cofidis", OTHER_GUILD_ID, kinds={EntityKind.TEAM}).best
    assert team is not None
    draft = s.news.draft(
        person_id=created.person.id, kind="transfer", status="rumour", to_team_id=team.ref.id,
        source_url="https://www.cyclingnews.com/news/newcomer-cofidis", season=2025,
        summary="Cofidis are said to want her.", published="2023-10-01",
    )  # fmt: skip
    await s.news.store(draft, actor)
    rec = await double.invoke_command("transfer", {"name": "zoe newcomer"}, guild=OTHER_GUILD_ID)
    data = (await rec.response())["data"]
    assert embed(data)["image"] == {"url": "attachment://career-zoe-newcomer.png"}
    _, att = the_picture(double, rec)
    assert att["description"] == (
        "Career timeline of Zoë Newcomer: no team on record. Stories: 2025 To Cofidis (rumour)."
    )


async def test_a_render_that_fails_is_logged_and_the_answer_goes_without_it(
    mercato: Mercato, double: DiscordDouble, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    import bot.services.pictures as pictures

    def broken(chart: object) -> bytes:
        raise RuntimeError("the font went missing")

    monkeypatch.setattr(pictures, "render", broken)
    mercato.services.painter.cache.clear()
    with caplog.at_level(logging.ERROR, logger="bot.services.pictures"):
        rec = await double.invoke_command("transfer", {"name": "mark cavendish"})
        data = (await rec.response())["data"]
    assert embed(data)["title"] == "Mark Cavendish"
    assert "image" not in embed(data)
    assert callback_request(double, rec.id).files == []
    [logged] = [r for r in caplog.records if r.name == "bot.services.pictures"]
    assert logged.getMessage() == (
        f"drawing the career picture of {_person_id(mercato)} failed; the answer goes without it"
    )
    assert logged.exc_info is not None


def _person_id(mercato: Mercato) -> int:
    best = mercato.services.directory.resolve("mark cavendish", None).best
    assert best is not None
    return best.ref.id


async def test_choosing_among_similar_names_uploads_the_chosen_ones_picture(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "yates"})
    data = (await rec.response())["data"]
    assert "image" not in embed(data) and callback_request(double, rec.id).files == []
    select = data["components"][0]["components"][0]
    adam = next(o["value"] for o in select["options"] if o["label"] == "Adam Yates")
    message = await rec.final_message()
    click = await double.click(message, select["custom_id"], values=[adam])
    update = (await click.response())["data"]
    assert embed(update)["title"] == "Adam Yates"
    assert embed(update)["image"] == {"url": "attachment://career-adam-yates.png"}
    [upload] = callback_request(double, click.id).files
    check_png(upload["data"])
    stored = double.messages[int(message["id"])]
    [att] = stored["attachments"]
    assert att["filename"] == "career-adam-yates.png"
    assert att["description"].startswith("Career timeline of Adam Yates: ")
    assert embed(stored)["image"]["url"] == att["url"]
