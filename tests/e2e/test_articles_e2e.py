"""/addarticle through the Discord double: paste, review, confirm, edit, skip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.discord_double import CommandRefused, DiscordDouble
from tests.e2e.conftest import (
    EPHEMERAL,
    NO_MENTIONS,
    OTHER_GUILD_ID,
    PLAIN,
    Mercato,
    buttons,
    embed,
    fields,
)
from tests.e2e.conftest import OTHER_MOD as MOD

# The other guild, so that these guild-local stories never show in other tests' answers.
GUILD = OTHER_GUILD_ID

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

SEED_ARTICLE = (Path(__file__).parents[1] / "domain" / "articles" / "seed_story.txt").read_text()


async def open_article(
    double: DiscordDouble, url: str, text: str, published: str = "2023-09-28"
) -> Any:
    rec = await double.invoke_command("addarticle", {}, user=MOD, guild=GUILD)
    modal = await rec.response()
    assert modal["type"] == 9
    components = [c["components"][0]["custom_id"] for c in modal["data"]["components"]]
    assert components == ["url", "published", "text"]
    return await double.submit_modal(
        modal["data"]["custom_id"], {"url": url, "published": published, "text": text}, user=MOD
    )


async def test_seed_article_proposes_the_three_moves_and_stores_them(
    mercato: Mercato, double: DiscordDouble
) -> None:
    sub = await open_article(
        double, "https://www.cyclingweekly.com/news/anastopoulos-e2e-article", SEED_ARTICLE
    )
    first = await sub.response()
    data = first["data"]
    assert data["flags"] & EPHEMERAL and data["allowed_mentions"] == NO_MENTIONS
    seen: list[tuple[str, dict[str, str]]] = []
    message = await sub.final_message()
    mid = message["id"]
    for step in range(3):
        e = embed(message)
        assert e["title"].startswith(f"Proposal {step + 1} of 3: ")
        rows = dict(fields(message))
        assert "Source" in rows, (e, rows)
        seen.append((e["title"].split(": ", 1)[1], rows))
        assert rows["Status"] == "Reported"
        assert rows["Credits"] == "La Gazzetta dello Sport · Ciro Scognamiglio (broke the story)"
        assert rows["Source"].startswith("Cycling Weekly · 28 September 2023")
        assert rows["From the article"]
        click = await double.click(mid, buttons(message)["Confirm"], user=MOD)
        update = await click.response()
        assert update["type"] == 7
        message = update["data"]
    headlines = sorted(h for h, _ in seen)
    assert headlines == [
        "Mark Cavendish postponed retirement to race 2024 with Astana Qazaqstan Team",
        "Michael Mørkøv moves from Soudal Quick-Step to Astana Qazaqstan Team for 2024",
        "Vasilis Anastopoulos (staff) moves from Soudal Quick-Step to Astana Qazaqstan Team for 2024",
    ]
    assert embed(message)["title"] == "Article reviewed"
    assert "Stored: 3" in embed(message)["description"]
    # The guild now sees its own story, sourced to the pasted article and crediting Gazzetta.
    rec = await double.invoke_command("transfer", {"name": "anastopoulos"}, guild=GUILD, user=MOD)
    answer = (await rec.response())["data"]
    values = "\n".join(v for _, v in fields(answer))
    assert (
        "• La Gazzetta dello Sport · Ciro Scognamiglio · 28 Sep 2023 — broke the story, "
        "credited by Cycling Weekly" in values
    )
    assert "[Cycling Weekly](https://www.cyclingweekly.com/news/anastopoulos-e2e-article)" in values


async def test_edit_and_skip(mercato: Mercato, double: DiscordDouble) -> None:
    text = (
        "By Jane Example\nMichael Mørkøv is set to join Movistar for 2024, according to reports.\n"
        "Julian Alaphilippe could join Cofidis in 2024."
    )
    sub = await open_article(
        double, "https://www.cyclingnews.com/news/e2e-edit-skip", text, "2023-09-01"
    )
    await sub.response()
    message = await sub.final_message()
    mid = message["id"]
    assert embed(message)["title"].startswith("Proposal 1 of 2")
    click = await double.click(mid, buttons(message)["Skip"], user=MOD)
    message = (await click.response())["data"]
    assert embed(message)["description"].startswith("Skipped.")
    click = await double.click(mid, buttons(message)["Edit details"], user=MOD)
    modal = await click.response()
    assert modal["type"] == 9
    done = await double.submit_modal(
        modal["data"]["custom_id"],
        {"summary": "Our own words: a rumour, nothing more.", "status": ["rumour"]},
        user=MOD,
    )
    edited = await done.response()
    assert edited["type"] == 7  # the card is edited in place
    card = edited["data"]
    assert embed(card)["description"].startswith("Edited: check the card, then Confirm.")
    rows = dict(fields(card))
    assert rows["Status"] == "Rumour"
    assert rows["Summary"] == "Our own words: a rumour, nothing more."
    click = await double.click(mid, buttons(card)["Confirm"], user=MOD)
    final = (await click.response())["data"]
    assert embed(final)["title"] == "Article reviewed"
    assert (
        "Stored: 1" in embed(final)["description"] and "skipped: 1" in embed(final)["description"]
    )


async def test_text_without_known_people_finds_nothing(
    mercato: Mercato, double: DiscordDouble
) -> None:
    sub = await open_article(
        double, "https://www.cyclingnews.com/news/e2e-empty", "Subscribe now! Nothing to see here."
    )
    data = (await sub.response())["data"]
    assert embed(data)["title"] == "No stories found"
    assert data["flags"] & EPHEMERAL


async def test_bad_link_in_the_form_is_refused(mercato: Mercato, double: DiscordDouble) -> None:
    sub = await open_article(double, "javascript:alert(1)", SEED_ARTICLE)
    data = (await sub.response())["data"]
    assert embed(data)["title"] == "Invalid source_url"


async def test_addarticle_is_for_moderators_only(mercato: Mercato, double: DiscordDouble) -> None:
    with pytest.raises(CommandRefused):
        await double.invoke_command("addarticle", {}, user=PLAIN, guild=GUILD)
    rec = await double.invoke_command(
        "addarticle", {}, user=PLAIN, guild=GUILD, override_permissions=True
    )
    assert embed((await rec.response())["data"])["title"] == "Moderators only"


async def test_published_date_sets_the_seasons_of_the_proposals(
    mercato: Mercato, double: DiscordDouble
) -> None:
    # The double's today is later; the seasons must come from the article's own date.
    text = (
        "Two moves for next season\n\n"
        "Michael Mørkøv will join Movistar next season, the Spanish team confirmed.\n"
        "Julian Alaphilippe will leave Soudal Quick-Step at the end of the season for Cofidis."
    )
    sub = await open_article(
        double, "https://www.unknown-cycling-site.example/moves", text, "2022-06-10"
    )
    await sub.response()
    message = await sub.final_message()
    titles = [embed(message)["title"]]
    rows = dict(fields(message))
    assert rows["Season"] == "2023" and rows["Status"] == "Official"
    assert rows["Source"].startswith("Unknown Cycling Site · 10 June 2022")
    click = await double.click(message["id"], buttons(message)["Skip"], user=MOD)
    message = (await click.response())["data"]
    titles.append(embed(message)["title"])
    assert dict(fields(message))["Season"] == "2023"
    assert titles == [
        "Proposal 1 of 2: Michael Mørkøv moves from Quick-Step Alpha Vinyl Team to Movistar Team for 2023",
        "Proposal 2 of 2: Julian Alaphilippe moves from Quick-Step Alpha Vinyl Team to Cofidis for 2023",
    ]


async def test_a_mover_the_database_lacks_is_proposed_and_created_on_confirm(
    mercato: Mercato, double: DiscordDouble
) -> None:
    text = "New coach\n\nNorwegian coach Erik Tangen will join Cofidis as head coach next season."
    sub = await open_article(double, "https://www.cyclingnews.com/news/tangen", text, "2023-09-01")
    await sub.response()
    message = await sub.final_message()
    e = embed(message)
    assert e["title"] == "Proposal 1 of 1: Erik Tangen (staff) moves to Cofidis for 2024"
    assert e["description"] == (
        "Confirm creates a new story.\n"
        "New person: Erik Tangen (staff, NOR). Confirm adds them to this server.\n"
        "Visible to this server only."
    )
    assert dict(fields(message))["Person"] == "Erik Tangen (new)"
    click = await double.click(message["id"], buttons(message)["Confirm"], user=MOD)
    final = (await click.response())["data"]
    assert embed(final)["title"] == "Article reviewed"
    assert "Stored: 1" in embed(final)["description"]
    # The person now exists in this server (audited), with the story.
    rec = await double.invoke_command("transfer", {"name": "Erik Tangen"}, guild=GUILD, user=MOD)
    answer = (await rec.response())["data"]
    assert "Erik Tangen" in embed(answer)["title"]
    assert "Cofidis" in "\n".join(v for _, v in fields(answer)) + embed(answer).get(
        "description", ""
    )
    rows = await mercato.services.db.conn.execute_fetchall(
        "SELECT a.action, a.actor_id FROM audit_log a JOIN person p ON p.id = a.entity_id"
        " WHERE a.entity = 'person' AND p.name = 'Erik Tangen'"
    )
    assert [tuple(r) for r in rows] == [("create", MOD.id)]
    # Another server never sees the person this one created.
    other = await double.invoke_command("transfer", {"name": "Erik Tangen"}, user=PLAIN)
    assert "Erik Tangen" not in embed((await other.response())["data"])["title"]
