"""/transfer, /team, /help and autocomplete through the Discord double: exact payloads."""

from __future__ import annotations

import pytest

from tests.discord_double import DiscordDouble
from tests.e2e.conftest import EPHEMERAL, NO_MENTIONS, STRANGER, Mercato, embed, fields

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]


async def test_registered_commands_are_described_and_valid(
    mercato: Mercato, double: DiscordDouble
) -> None:
    names = {c["name"] for c in double.global_commands}
    assert {
        "transfer",
        "team",
        "help",
        "addnews",
        "editnews",
        "retractnews",
        "history",
        "promote",
        "config",
    } <= names
    assert len(names) == len(double.global_commands), "command names must be unique"

    def check(entry: dict, where: str) -> None:
        # discord.py fills in "…" when a docstring or @describe is missing.
        assert entry["description"] not in ("", "…"), f"{where} has no description"
        assert len(entry["description"]) <= 100, where
        for option in entry.get("options", []):
            check(option, f"{where} {option['name']}")

    for command in double.global_commands:
        check(command, "/" + command["name"])
    addnews = double.registered_command("addnews")
    assert addnews["default_member_permissions"] == str(1 << 13)  # Manage Messages
    assert addnews["contexts"] == [0]  # guild only


async def test_transfer_cav_answers_the_seed_story(mercato: Mercato, double: DiscordDouble) -> None:
    rec = await double.invoke_command("transfer", {"name": "cav"})
    body = await rec.response()
    assert body["type"] == 4
    data = body["data"]
    assert data["allowed_mentions"] == NO_MENTIONS
    assert not data.get("flags", 0) & EPHEMERAL
    assert data.get("components", []) == []
    e = embed(data)
    assert e["title"] == "Mark Cavendish"
    assert e["description"].startswith(
        "🇬🇧 GBR · Rider · last team recorded: Astana Qazaqstan Team (2024)\n"
        "Team history from LeTourDataSet (Tour de France finishers only: seasons without a Tour"
        " finish are missing).\n"
        "No team recorded after 2024 (team registry: LeTourDataSet).\n\n"
        "Mark Cavendish postponed retirement to race 2024 with Astana Qazaqstan Team: "
        "official since 4 October 2023, first reported by AD."
    )
    names = [name for name, _ in fields(data)]
    assert names == [
        "2024 · Retirement postponed · ✅ Official",
        "2024 · Retirement · ☑️ Confirmed",
        "Team history · team registry",  # what the career picture draws, in words
    ]
    first = fields(data)[0][1]
    assert (
        "• [Cyclingnews](https://www.cyclingnews.com/news/astana-sign-michael-morkov-to-lead-out-mark-cavendish-in-2024-sprints/) · 4 Oct 2023 — official announcement"
        in first
    )
    assert "• AD · 27 Sep 2023 — broke the story, credited by Cycling Weekly" in first
    assert "Moving together: Vasilis Anastopoulos (staff move), Michael Mørkøv (transfer)" in first


async def test_free_text_with_accents_resolves_without_autocomplete(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "MØRKØV"})
    data = (await rec.response())["data"]
    assert embed(data)["title"] == "Michael Mørkøv"
    assert (
        "Michael Mørkøv moves from Soudal Quick-Step to Astana Qazaqstan Team for 2024"
        in embed(data)["description"]
    )


async def test_ambiguous_name_offers_a_select_then_answers(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "yates"})
    body = await rec.response()
    data = body["data"]
    assert data["flags"] & EPHEMERAL
    assert data["allowed_mentions"] == NO_MENTIONS
    assert embed(data)["title"] == "Which one did you mean?"
    select = data["components"][0]["components"][0]
    assert select["type"] == 3
    labels = [o["label"] for o in select["options"]]
    assert "Adam Yates" in labels and "Simon Yates" in labels
    adam = next(o["value"] for o in select["options"] if o["label"] == "Adam Yates")
    message = await rec.final_message()
    click = await double.click(message, select["custom_id"], values=[adam])
    update = await click.response()
    assert update["type"] == 7
    assert embed(update["data"])["title"] == "Adam Yates"
    assert "No transfer news is stored." in embed(update["data"])["description"]


async def test_unknown_name_is_ephemeral_with_suggestions(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "zzqqxx"})
    data = (await rec.response())["data"]
    assert data["flags"] & EPHEMERAL
    assert embed(data)["title"] == "Not found"
    assert embed(data)["description"].startswith("No rider, staff member or team matches “zzqqxx”.")


async def test_team_quick_step_2024(mercato: Mercato, double: DiscordDouble) -> None:
    rec = await double.invoke_command("team", {"name": "quick step", "season": 2024})
    data = (await rec.response())["data"]
    e = embed(data)
    assert e["title"] == "Soudal Quick-Step · 2024"
    departures = dict(fields(data))["Departures"]
    assert "**Michael Mørkøv** to Astana Qazaqstan Team · Official" in departures
    assert "**Davide Ballerini** to Astana Qazaqstan Team · Reported" in departures
    assert dict(fields(data))["Staff changes"].startswith(
        "✅ **Vasilis Anastopoulos** to Astana Qazaqstan Team"
    )


async def test_transfer_with_a_team_name_gives_the_team_view(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "astana", "season": 2024})
    data = (await rec.response())["data"]
    assert embed(data)["title"] == "Astana Qazaqstan Team · 2024"
    assert "Arrivals" in dict(fields(data))


async def test_autocomplete_labels_tell_people_apart(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_autocomplete("transfer", {"name": "yates"}, focused="name")
    body = await rec.response()
    assert body["type"] == 8
    choices = body["data"]["choices"]
    assert 2 <= len(choices) <= 25
    assert all(len(c["name"]) <= 100 for c in choices)
    assert {c["name"].split(" (")[0] for c in choices[:2]} == {"Adam Yates", "Simon Yates"}


async def test_autocomplete_cav_puts_cavendish_first(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_autocomplete("transfer", {"name": "cav"}, focused="name")
    choices = (await rec.response())["data"]["choices"]
    assert choices[0]["name"] == "Mark Cavendish (GBR) - rider, Astana Qazaqstan Team"
    # The chosen value resolves directly.
    rec = await double.invoke_command("transfer", {"name": choices[0]["value"]})
    assert embed((await rec.response())["data"])["title"] == "Mark Cavendish"


async def test_team_autocomplete_offers_only_teams(mercato: Mercato, double: DiscordDouble) -> None:
    rec = await double.invoke_autocomplete("team", {"name": "astana"}, focused="name")
    choices = (await rec.response())["data"]["choices"]
    assert choices[0]["value"].startswith("team:")
    assert all(c["value"].startswith("team:") for c in choices)


async def test_help_lists_commands_ephemerally(mercato: Mercato, double: DiscordDouble) -> None:
    rec = await double.invoke_command("help")
    data = (await rec.response())["data"]
    assert data["flags"] & EPHEMERAL
    assert "**/transfer**" in dict(fields(data))["Commands"]


async def test_transfer_works_in_direct_messages(mercato: Mercato, double: DiscordDouble) -> None:
    rec = await double.invoke_command("transfer", {"name": "cav"}, dm=True, user=STRANGER)
    assert embed((await rec.response())["data"])["title"] == "Mark Cavendish"


async def test_long_answers_paginate_with_buttons_only_for_the_asker(
    mercato: Mercato, double: DiscordDouble
) -> None:
    from bot.domain.models import Actor, EntityKind
    from tests.e2e.conftest import GUILD_ID, MOD, PLAIN

    s = mercato.services
    person = s.directory.resolve("geraint thomas", GUILD_ID, kinds={EntityKind.PERSON}).best
    assert person is not None
    team = s.directory.resolve("cofidis", GUILD_ID, kinds={EntityKind.TEAM}).best
    assert team is not None
    actor = Actor(MOD.id, "mod", GUILD_ID)
    for season in range(2011, 2020):
        draft = s.news.draft(
            person_id=person.ref.id, kind="transfer", status="rumour", to_team_id=team.ref.id,
            source_url=f"https://www.cyclingnews.com/news/g-{season}", season=season,
            summary=f"A rumour for {season}.", published="2010-06-01",
        )  # fmt: skip
        await s.news.store(draft, actor)
    rec = await double.invoke_command("transfer", {"name": "geraint thomas"}, user=PLAIN)
    data = (await rec.response())["data"]
    e = embed(data)
    assert e["footer"]["text"].endswith("Page 1/2")
    assert fields(data)[0][0] == "2019 · Transfer · 💬 Rumour"
    assert len(fields(data)) == 6
    row = data["components"][0]["components"]
    assert [b["label"] for b in row] == ["Previous", "Next"]
    assert row[0]["disabled"] is True
    message = await rec.final_message()
    # Someone else cannot turn the asker's pages.
    other = await (await double.click(message, row[1]["custom_id"], user=MOD)).response()
    assert other["data"]["flags"] & EPHEMERAL
    page2 = await (await double.click(message, row[1]["custom_id"], user=PLAIN)).response()
    assert page2["type"] == 7
    assert embed(page2["data"])["footer"]["text"].endswith("Page 2/2")
    assert [n for n, _ in fields(page2["data"])][-2:] == [
        "2011 · Transfer · 💬 Rumour",
        "Team history · team registry",
    ]
    assert page2["data"]["components"][0]["components"][1]["disabled"] is True


@pytest.mark.parametrize(
    ("typed", "shown", "suggested"),
    [
        ("gianetti", "gianetti", "Linda Zanetti, Team Picnic PostNL, Gianni Moscon"),
        ("**bold**", "\\*\\*bold\\*\\*", "Cees Bol, Grega Bole, Simone Boilard"),
        ("@everyone", "@\u200beveryone", "Severine Eraud"),
    ],
)
async def test_one_weak_candidate_is_not_found_with_suggestions_not_a_menu(
    mercato: Mercato, double: DiscordDouble, typed: str, shown: str, suggested: str
) -> None:
    rec = await double.invoke_command("transfer", {"name": typed})
    data = (await rec.response())["data"]
    assert data["flags"] & EPHEMERAL
    assert data["allowed_mentions"] == NO_MENTIONS
    assert "components" not in data or data["components"] == []
    assert embed(data)["title"] == "Not found"
    assert embed(data)["description"] == (
        f"No rider, staff member or team matches “{shown}”. Did you mean: {suggested}?"
    )


async def test_a_given_name_menu_puts_the_best_known_first_with_clean_labels(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "jonas"})
    data = (await rec.response())["data"]
    assert embed(data)["title"] == "Which one did you mean?"
    options = data["components"][0]["components"][0]["options"]
    assert [(o["label"], o["description"]) for o in options[:2]] == [
        ("Jonas Vingegaard", "DEN · rider, Team Visma | Lease a Bike"),
        ("Jonas Abrahamsen", "rider, Uno-X Mobility"),
    ]
    assert not any(o["description"].startswith("-") for o in options)


async def test_a_person_another_process_creates_is_found_without_a_restart(
    mercato: Mercato, double: DiscordDouble
) -> None:
    import asyncio
    import time

    from bot.config import Settings
    from bot.container import open_services
    from bot.domain.models import Actor
    from bot.services.news import CreatePerson
    from tests.e2e.conftest import GUILD_ID, MOD

    # another process on the same file: services of its own, connections of its own
    other = await open_services(Settings(database_path=mercato.db_path), data_dir=None)
    try:
        await other.news.create_person(
            CreatePerson("Zoltan Kovacsik", "rider", "HUN"), Actor(MOD.id, "mod", GUILD_ID)
        )
    finally:
        await other.close()
    start = time.monotonic()
    while True:
        rec = await double.invoke_command("transfer", {"name": "kovacsik"})
        if embed((await rec.response())["data"])["title"] == "Zoltan Kovacsik":
            break
        assert time.monotonic() - start < 5, "the bot did not see the new person within 5 s"
        await asyncio.sleep(0.1)  # the pace of asking, not a wait for the result
