"""Issue 15 through the Discord double: what a fan and a moderator hit in their first hour."""

from __future__ import annotations

from typing import Any

import pytest

from tests.discord_double import DiscordDouble
from tests.e2e.conftest import EPHEMERAL, MOD, Mercato, buttons, embed, fields, story

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]


async def test_a_trailing_year_in_the_name_is_the_season(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "cav 2019"})
    data = (await rec.response())["data"]
    assert embed(data)["title"] == "Mark Cavendish"
    assert embed(data)["description"].endswith("No transfer news is stored for 2019.")
    rec = await double.invoke_command("team", {"name": "astana 2024"})
    data = (await rec.response())["data"]
    assert not data.get("flags", 0) & EPHEMERAL
    assert embed(data)["title"] == "Astana Qazaqstan Team · 2024"
    assert fields(data)[0][0].startswith("Arrivals")


async def add(double: DiscordDouble, options: dict[str, Any]) -> tuple[dict, dict]:
    """Run /addnews as a moderator and press Confirm: (the preview, the confirmation)."""
    rec = await double.invoke_command("addnews", options, user=MOD)
    preview = (await rec.response())["data"]
    message = await rec.final_message()
    click = await double.click(message, buttons(message)["Confirm"], user=MOD)
    return preview, (await click.response())["data"]


async def test_addnews_without_published_shows_today_and_warns_for_a_past_season(
    mercato: Mercato, double: DiscordDouble
) -> None:
    options = story(
        "biniam girmay", "https://www.cyclingnews.com/news/girmay-2022-e2e/", season=2022
    )
    rec = await double.invoke_command("addnews", options, user=MOD)
    preview = (await rec.response())["data"]
    assert embed(preview)["description"] == (
        "This creates a new story.\nVisible to this server only.\n\n⚠️ No published date was "
        "given, so the source is dated today, 20 October 2023, but the 2022 season is already "
        "over. Give published (YYYY-MM-DD) with the article's date."
    )
    assert dict(fields(preview))["Source"] == (
        "Cyclingnews · 20 October 2023 (today: no published date given)\n"
        "<https://www.cyclingnews.com/news/girmay-2022-e2e/>"
    )
    dated = {**options, "published": "2021-09-01"}
    rec = await double.invoke_command("addnews", dated, user=MOD)
    preview = (await rec.response())["data"]
    assert "⚠️" not in embed(preview)["description"]
    assert dict(fields(preview))["Source"].startswith("Cyclingnews · 1 September 2021\n")


async def test_addnews_without_a_season_infers_it_and_joins_the_same_story(
    mercato: Mercato, double: DiscordDouble
) -> None:
    first = story(
        "biniam girmay", "https://www.cyclingnews.com/news/girmay-cofidis-1/", to_team="cofidis",
        season=2024, published="2023-07-20",
    )  # fmt: skip
    _, stored = await add(double, first)
    claim_id = int(embed(stored)["title"].split()[2])
    second = {
        **first, "season": None, "published": "2023-10-02", "status": "confirmed",
        "source_url": "https://www.cyclingweekly.com/news/girmay-cofidis-2",
    }  # fmt: skip
    del second["season"]
    preview, merged = await add(double, second)
    assert embed(preview)["description"].startswith(f"Same story as ID {claim_id}: ")
    assert dict(fields(preview))["Season"] == (
        f"2024 (not given: the season of story ID {claim_id}, which this joins)"
    )
    assert embed(merged)["title"] == f"Source added to story ID {claim_id}"
    alone = story("biniam girmay", "https://www.cyclingnews.com/news/girmay-uae-3/", to_team="uae")
    del alone["season"]
    rec = await double.invoke_command("addnews", {**alone, "published": "2023-09-12"}, user=MOD)
    preview = (await rec.response())["data"]
    assert embed(preview)["description"].startswith("This creates a new story.")
    assert dict(fields(preview))["Season"] == (
        "2024 (not given: announced in the transfer window; give season to change it)"
    )


async def test_a_stronger_source_fills_in_the_origin_and_its_fuller_summary(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rumour = story(
        "Nils Newrider", "https://www.cyclingnews.com/news/newrider-1/", to_team="cofidis",
        season=2024, published="2023-08-10", summary="Nils Newrider moves to Cofidis for 2024.",
    )  # fmt: skip
    rec = await double.invoke_command("addnews", rumour, user=MOD)
    message = await rec.final_message()
    opened = await (
        await double.click(message, buttons(message)["Create this person"], user=MOD)
    ).response()
    submitted = await double.submit_modal(
        opened["data"]["custom_id"], {"role": "rider", "nationality": "NOR"}, user=MOD
    )
    confirm = await submitted.final_message()
    await (await double.click(confirm, buttons(confirm)["Confirm"], user=MOD)).response()
    official = {
        **rumour, "status": "official", "from_team": "movistar", "published": "2023-09-01",
        "source_url": "https://www.cyclingweekly.com/news/newrider-2", "summary": "Official.",
    }  # fmt: skip
    _, merged = await add(double, official)
    assert embed(merged)["description"] == (
        "Merged into the existing story; status rumour → official. "
        "Taken from this source: the team left. "
        "The summary we wrote was written again with these facts."
    )
    answer = await (await double.invoke_command("transfer", {"name": "nils newrider"})).response()
    name, value = fields(answer["data"])[0]
    assert name == "2024 · Transfer · ✅ Official"
    assert value.startswith(
        "Nils Newrider moves from Movistar Team to Cofidis for 2024.\n"
        "*Nils Newrider moves from Movistar Team to Cofidis for 2024.*\n"
    )


async def test_an_edit_that_would_duplicate_a_story_offers_to_merge_them(
    mercato: Mercato, double: DiscordDouble
) -> None:
    base = story("biniam girmay", "", to_team="movistar")
    _, a = await add(double, {
        **base, "season": 2024, "status": "confirmed", "published": "2023-07-01",
        "source_url": "https://www.cyclingnews.com/news/girmay-movistar-a",
        "summary": "Girmay agrees a deal with Movistar, leaving Intermarché.",
    })  # fmt: skip
    _, b = await add(double, {
        **base, "season": 2025, "published": "2023-09-01",
        "source_url": "https://www.cyclingweekly.com/news/girmay-movistar-b",
    })  # fmt: skip
    a_id, b_id = (int(embed(x)["title"].split()[2]) for x in (a, b))
    rec = await double.invoke_command("editnews", {"id": a_id}, user=MOD)
    modal = await rec.response()
    submitted = await double.submit_modal(modal["data"]["custom_id"], {"season": "2025"}, user=MOD)
    offer = (await submitted.response())["data"]
    assert offer["flags"] & EPHEMERAL
    assert embed(offer)["title"] == f"Same story as ID {b_id}"
    assert embed(offer)["description"] == (
        f"That correction would make story ID {a_id} the same story as ID {b_id}. Merge them? "
        f"The sources of ID {a_id} move to ID {b_id}, which keeps the richer facts of both; "
        f"ID {a_id} is removed and its history kept."
    )
    message = await submitted.final_message()
    assert set(buttons(message)) == {"Merge", "Cancel"}
    click = await double.click(message, buttons(message)["Merge"], user=MOD)
    done = (await click.response())["data"]
    assert embed(done)["title"] == f"Story ID {a_id} merged into ID {b_id}"
    assert embed(done)["description"] == (
        f"1 source moved; status rumour → confirmed. Story ID {a_id} no longer exists."
    )
    answer = await (await double.invoke_command("transfer", {"name": "girmay"})).response()
    movistar = [(n, v) for n, v in fields(answer["data"]) if "Movistar" in v]
    assert [n for n, _ in movistar] == ["2025 · Transfer · ☑️ Confirmed"]
    assert "Girmay agrees a deal with Movistar, leaving Intermarché." in movistar[0][1]
    assert "girmay-movistar-a" in movistar[0][1] and "girmay-movistar-b" in movistar[0][1]
    hist = (
        await (await double.invoke_command("history", {"name": "girmay"}, user=MOD)).response()
    )["data"]
    log = [line.split("` ", 1)[1] for line in dict(fields(hist))["Changes"].splitlines()]
    assert log[:2] == [
        f"**mod** merged story ID {a_id} into story ID {b_id}, the same story",
        f"**mod** merged story ID {a_id} into story ID {b_id}: 1 source moved; status rumour → "
        "confirmed; summary “Talks are said to be under way for next season.” → "
        "“Girmay agrees a deal with Movistar, leaving Intermarché.”",
    ]


@pytest.mark.parametrize(
    ("options", "title", "description"),
    [
        (
            {"published": "2023-13-45"},
            "Invalid published",
            "Published must be a date like 2023-10-04.",
        ),
        ({"to_team": None}, "Invalid to_team", "To team is required for a transfer."),
        ({"summary": "   "}, "Invalid summary", "Summary is empty."),
    ],
)
async def test_an_error_names_its_subject(
    mercato: Mercato, double: DiscordDouble, options: dict, title: str, description: str
) -> None:
    sent = {**story("cees bol", "https://www.cyclingnews.com/news/subject-e2e"), **options}
    rec = await double.invoke_command(
        "addnews", {k: v for k, v in sent.items() if v is not None}, user=MOD
    )
    data = (await rec.response())["data"]
    assert data["flags"] & EPHEMERAL
    assert (embed(data)["title"], embed(data)["description"]) == (title, description)


async def test_autocomplete_keeps_a_trailing_year_and_the_choice_answers_for_it(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_autocomplete("transfer", {"name": "cav 2019"}, focused="name")
    choice = (await rec.response())["data"]["choices"][0]
    assert choice["name"] == "Mark Cavendish (GBR) - rider, Astana Qazaqstan Team · 2019"
    assert choice["value"].endswith(" 2019")
    rec = await double.invoke_command("transfer", {"name": choice["value"]})
    data = (await rec.response())["data"]
    assert embed(data)["title"] == "Mark Cavendish"
    assert embed(data)["description"].endswith("No transfer news is stored for 2019.")
