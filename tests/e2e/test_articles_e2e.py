"""/addarticle through the Discord double: paste, review, confirm, edit, skip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.discord_double import CommandRefused, DiscordDouble
from tests.e2e.conftest import (
    EPHEMERAL,
    GUILD_OWNER,
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


PAST_MOVES = (
    "Two moves for next season\n\n"
    "Tom Dumoulin will join Jumbo-Visma next season, the Dutch team confirmed.\n"
    "Belgian rider Jonas Vermeulen signs for the Bergen Fjord Racing Team for next season."
)


def review_buttons(review_id: str, *, first: str = "confirm", complete: int = 2) -> list[Any]:
    """The buttons of a review's card, as the bot sends them."""
    label = {"confirm": ("Confirm", 3), "fill": ("Fill in", 1)}[first]
    return [
        {
            "type": 1,
            "components": [
                {"type": 2, "style": style, "disabled": action == "all" and not complete,
                 "label": text, "custom_id": f"mercato:article:{review_id}:{action}"}
                for action, text, style in (
                    (first, *label), ("edit", "Edit move", 2), ("details", "Edit details", 2),
                    ("skip", "Skip", 2), ("all", f"Confirm all ({complete})", 3),
                )
            ],
        }
    ]  # fmt: skip


def rows(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"inline": False, "name": k, "value": v} for k, v in pairs]


async def test_published_date_gives_the_seasons_and_confirm_all_is_atomic(
    mercato: Mercato, double: DiscordDouble
) -> None:
    url = "https://www.cyclingnews.com/news/e2e-past-moves"
    sub = await open_article(double, url, PAST_MOVES, "2019-09-01")
    first = await sub.response()
    assert first["type"] == 4
    review_id = first["data"]["components"][0]["components"][0]["custom_id"].split(":")[2]
    # Today is October 2023; "next season" counts from the article's date: 2020.
    assert first["data"] == {
        "tts": False,
        "content": None,
        "flags": EPHEMERAL,
        "allowed_mentions": NO_MENTIONS,
        "components": review_buttons(review_id),
        "embeds": [
            {
                "type": "rich",
                "flags": 0,
                "color": 5793266,
                "title": "Proposal 1 of 2: Tom Dumoulin moves from Team Sunweb to Team "
                "Jumbo-Visma for 2020",
                "description": "Confirm creates a new story.\nVisible to this server only.",
                "fields": rows(
                    ("Person", "Tom Dumoulin"),
                    ("Kind", "transfer"),
                    ("From → to", "Team Sunweb → Team Jumbo-Visma"),
                    ("Season", "2020"),
                    ("Status", "Official"),
                    ("Source", f"Cyclingnews · 1 September 2019\n<{url}>"),
                    ("Summary", "Tom Dumoulin moves from Team Sunweb to Team Jumbo-Visma for 2020."),
                    ("From the article", "Tom Dumoulin will join Jumbo-Visma next season, the "
                     "Dutch team confirmed."),
                ),
            }
        ],
    }  # fmt: skip
    message = await sub.final_message()
    click = await double.click(message["id"], buttons(message)["Skip"], user=MOD)
    second = await click.response()
    assert second["type"] == 7
    assert second["data"]["embeds"][0]["title"] == (
        "Proposal 2 of 2: Jonas Vermeulen moves to Bergen Fjord Racing Team for 2020"
    )
    assert second["data"]["embeds"][0]["description"] == (
        "Skipped.\nConfirm creates a new story.\n"
        "New person: Jonas Vermeulen (rider, BEL). Confirm adds them to this server.\n"
        "New team: Bergen Fjord Racing Team. Confirm adds it to this server.\n"
        "Visible to this server only."
    )
    assert second["data"]["components"] == review_buttons(review_id, complete=1)
    assert dict(fields(second["data"]))["From → to"] == "— → Bergen Fjord Racing Team (new)"


async def test_confirm_all_with_a_fault_in_the_middle_stores_nothing_then_everything(
    mercato: Mercato, double: DiscordDouble
) -> None:
    url = "https://www.cyclingnews.com/news/e2e-atomic"
    conn = mercato.services.db.conn
    before = await table_counts(mercato)
    sub = await open_article(double, url, PAST_MOVES, "2019-09-01")
    await sub.response()
    message = await sub.final_message()
    # The second story is about a person Confirm creates in this guild: the database refuses it.
    await conn.execute(
        "CREATE TEMP TRIGGER injected_fault BEFORE INSERT ON main.claim "
        "WHEN (SELECT guild_id FROM main.person WHERE id = NEW.person_id) IS NOT NULL "
        "BEGIN SELECT RAISE(ABORT, 'injected fault'); END"
    )
    try:
        click = await double.click(message["id"], buttons(message)["Confirm all (2)"], user=MOD)
        refused = await click.response()
    finally:
        await conn.execute("DROP TRIGGER IF EXISTS temp.injected_fault")
    assert refused["type"] == 4 and refused["data"]["flags"] & EPHEMERAL
    assert embed(refused["data"])["title"] == "Nothing stored"
    assert embed(refused["data"])["description"] == (
        "Proposal 2 (Jonas Vermeulen moves to Bergen Fjord Racing Team for 2020) could not be "
        "stored: it could not be written (the error was logged). Nothing was stored; edit or "
        "skip it and confirm again."
    )
    assert await table_counts(mercato) == before
    # The card is unchanged: the same click again stores both.
    click = await double.click(message["id"], buttons(message)["Confirm all (2)"], user=MOD)
    done = await click.response()
    assert done["type"] == 7
    final = done["data"]
    assert embed(final)["title"] == "Article reviewed"
    assert embed(final)["description"].startswith("✅ Stored 2 of 2 (story IDs ")
    assert embed(final)["description"].endswith(
        "; added Jonas Vermeulen, Bergen Fjord Racing Team.\nStored: 2 (IDs "
        + embed(final)["description"].split("(IDs ")[1].split(")")[0]
        + "); skipped: 0."
    )
    after = await table_counts(mercato)
    assert after["person"] == before["person"] + 1 and after["team"] == before["team"] + 1
    assert after["claim"] == before["claim"] + 2


async def table_counts(mercato: Mercato) -> dict[str, int]:
    out = {}
    for table in ("person", "team", "claim", "claim_source", "report", "audit_log"):
        rows = await mercato.services.db.fetchall(f"SELECT count(*) FROM {table}")
        out[table] = rows[0][0]
    return out


async def test_fill_in_asks_for_the_outlet_and_only_the_owner_may_click(
    mercato: Mercato, double: DiscordDouble
) -> None:
    # A person no other test asks about: this guild's stories stay out of their answers.
    text = "Danish rider Mads Kjeldgaard signs for Cofidis for 2024."
    sub = await open_article(double, "https://24.example/news/kjeldgaard", text, "2023-09-01")
    await sub.response()
    message = await sub.final_message()
    review_id = message["components"][0]["components"][0]["custom_id"].split(":")[2]
    assert message["components"] == review_buttons(review_id, first="fill", complete=0)
    assert (
        "**Needs an edit** before it can be stored: the outlet that published it"
        in (embed(message)["description"])
    )
    fill = buttons(message)["Fill in"]
    # Server-side checks on every click: a plain member, then another moderator.
    refused = await double.click(message["id"], fill, user=PLAIN)
    answer = await refused.response()
    assert embed(answer["data"])["title"] == "Moderators only"
    assert answer["data"]["flags"] & EPHEMERAL
    other = await double.click(message["id"], fill, user=GUILD_OWNER)
    assert (await other.response())["data"]["content"] == (
        "Only the moderator who started this review can use its buttons."
    )
    click = await double.click(message["id"], fill, user=MOD)
    modal = await click.response()
    assert modal["type"] == 9 and modal["data"]["title"] == "Fill in what is missing"
    inputs = [c["components"][0] for c in modal["data"]["components"]]
    assert [(c["custom_id"], c["required"]) for c in inputs] == [("outlet", True)]
    # The form is checked again on submit: a member who lost the right (or never had it).
    stranger = await double.submit_modal(
        modal["data"]["custom_id"], {"outlet": "Hijacked"}, user=PLAIN
    )
    assert embed((await stranger.response())["data"])["title"] == "Moderators only"
    # A bad value is a clear ephemeral error; the card stays as it was.
    bad = await double.submit_modal(modal["data"]["custom_id"], {"outlet": "   "}, user=MOD)
    bad_answer = await bad.response()
    assert bad_answer["data"]["flags"] & EPHEMERAL
    assert embed(bad_answer["data"])["title"] == "Invalid outlet"
    assert embed(bad_answer["data"])["description"] == (
        "Outlet is required: the link's site has no name we can read."
    )
    good = await double.submit_modal(
        modal["data"]["custom_id"], {"outlet": "24 Heures Vélo"}, user=MOD
    )
    card = (await good.response())["data"]
    assert dict(fields(card))["Source"].startswith("24 Heures Vélo · 1 September 2023")
    assert buttons(card)["Confirm"] and "Fill in" not in buttons(card)
    click = await double.click(message["id"], buttons(card)["Confirm"], user=MOD)
    assert embed((await click.response())["data"])["title"] == "Article reviewed"


async def test_edit_move_names_a_new_team_and_an_expired_review_says_so(
    mercato: Mercato, double: DiscordDouble
) -> None:
    # The reader proposes only moves whose destination the text names; Edit changes it.
    text = "Julian Alaphilippe will leave Soudal Quick-Step for Cofidis at the end of the season."
    sub = await open_article(double, "https://www.cyclingnews.com/news/e2e-move", text)
    await sub.response()
    message = await sub.final_message()
    assert embed(message)["title"] == (
        "Proposal 1 of 1: Julian Alaphilippe moves from Soudal Quick-Step to Cofidis for 2024"
    )
    click = await double.click(message["id"], buttons(message)["Edit move"], user=MOD)
    modal = (await click.response())["data"]
    kinds = modal["components"][2]
    assert kinds["type"] == 18 and kinds["label"] == "Kind"
    assert [o["value"] for o in kinds["component"]["options"] if o.get("default")] == ["transfer"]
    done = await double.submit_modal(
        modal["custom_id"], {"to_team": "Fjord Velo Norge", "kind": ["transfer"]}, user=MOD
    )
    card = (await done.response())["data"]
    assert embed(card)["title"] == (
        "Proposal 1 of 1: Julian Alaphilippe moves from Soudal Quick-Step to Fjord Velo Norge "
        "for 2024"
    )
    assert (
        "New team: Fjord Velo Norge. Confirm adds it to this server."
        in (embed(card)["description"])
    )
    # The bot forgets the review (a restart, or an hour without a click): a clear answer.
    review_id = buttons(card)["Confirm"].split(":")[2]
    mercato.bot.get_cog("Articles").reviews.close(review_id)  # type: ignore[union-attr]
    late = await double.click(message["id"], buttons(card)["Confirm"], user=MOD)
    answer = (await late.response())["data"]
    assert embed(answer)["title"] == "This review has expired" and answer["flags"] & EPHEMERAL
