"""/transfer and /team showing the team registry, through the Discord double: exact payloads.

Its own bot and double over the bundled data with the Wikidata test world merged in (as
`python -m bot import` merges a dump), today pinned to 5 December 2026: inside the transfer
window, so a team question is about 2027, which holds nothing yet.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path

import pytest
import pytest_asyncio

from tests.conftest import copy_db
from tests.discord_double import DiscordDouble, patch_discord
from tests.e2e.conftest import (
    EPHEMERAL,
    NO_MENTIONS,
    bot_settings,
    embed,
    fields,
    make_world,
    running_mercato,
)
from tests.registry_world import import_world

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

DECEMBER = date(2026, 12, 5)
WIKIDATA_ONLY = "team registry: Wikidata (CC0)"
BOTH = "team registry: Wikidata (CC0), LeTourDataSet (MIT)"
STATUS_LEGEND = (
    "Mercato · status: ✅ official ☑️ confirmed 📰 reported 💬 rumour ❌ denied 🚫 retracted"
)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def registry_double(
    bundled_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[DiscordDouble]:
    guilds, dm_users = make_world()
    double = DiscordDouble(guilds=guilds, dm_users=dm_users)
    await double.start()
    work = tmp_path_factory.mktemp("registry-e2e")
    db_path = copy_db(bundled_db, work / "mercato.sqlite3")
    import_world(db_path, work)
    try:
        with patch_discord(double):
            async with running_mercato(double, bot_settings(db_path), today=DECEMBER):
                yield double
    finally:
        await double.stop()


@pytest.fixture
def double(registry_double: DiscordDouble) -> Iterator[DiscordDouble]:
    registry_double.begin_test()
    yield registry_double
    registry_double.end_test()


async def test_transfer_shows_the_registry_move_as_registry_data_with_its_source(
    double: DiscordDouble,
) -> None:
    rec = await double.invoke_command("transfer", {"name": "jonas joinerson"})
    data = (await rec.response())["data"]
    assert data["allowed_mentions"] == NO_MENTIONS
    assert not data.get("flags", 0) & EPHEMERAL
    e = embed(data)
    assert e["title"] == "Jonas Joinerson"
    assert e["description"] == (
        "Rider · last team recorded: Red Bull–BORA–hansgrohe (2026)\n"
        "Team history from Wikidata (team memberships per season).\n"
        "Joined Red Bull–BORA–hansgrohe for 2026, from Soudal Quick-Step"
        " (team registry: Wikidata).\n\n"
        "No transfer news is stored."
    )
    assert fields(data) == [
        ("Team history · team registry", "Soudal Quick-Step 2025\nRed Bull–BORA–hansgrohe 2026–")
    ]
    assert e["footer"]["text"] == "Mercato · facts with sources · " + WIKIDATA_ONLY


async def test_transfer_career_is_named_per_season_and_says_its_sources(
    double: DiscordDouble,
) -> None:
    rec = await double.invoke_command("transfer", {"name": "pogacar"})
    data = (await rec.response())["data"]
    e = embed(data)
    assert e["description"] == (
        "🇸🇮 SLO · Rider · last team recorded: UAE Team Emirates XRG (2026)\n"
        "Team history from Wikidata (team memberships per season) and LeTourDataSet (Tour de"
        " France finishers only: seasons without a Tour finish are missing).\n\n"
        "No transfer news is stored."
    )
    assert fields(data) == [
        ("Team history · team registry", "UAE Team Emirates 2019–2024\nUAE Team Emirates XRG 2025–")
    ]
    assert e["footer"]["text"] == "Mercato · facts with sources · " + BOTH


async def test_team_in_december_shows_the_latest_season_held_with_roster_and_moves(
    double: DiscordDouble,
) -> None:
    rec = await double.invoke_command("team", {"name": "red bull"})
    data = (await rec.response())["data"]
    e = embed(data)
    assert e["title"] == "Red Bull–BORA–hansgrohe · 2026"
    lines = e["description"].split("\n")
    assert lines[0] == (
        "Nothing is stored for 2027 yet: showing 2026, the latest season we hold a roster for."
    )
    assert lines[1].startswith("Roster for 2026 in the team registry: ")
    assert lines[2] == "No transfer news is stored for Red Bull–BORA–hansgrohe for 2026."
    got = fields(data)
    assert got[:2] == [
        ("Arrivals · team registry (Wikidata)", "Jonas Joinerson from Soudal Quick-Step"),
        ("Departures · team registry (Wikidata)", "Lukas Leaverton to Soudal Quick-Step"),
    ]
    assert got[2][0].startswith("Riders (") and "Stefan Stayerman" in got[2][1]
    assert e["footer"]["text"] == f"{STATUS_LEGEND} · {BOTH}"


async def test_team_with_a_season_lists_riders_and_staff_with_roles(
    double: DiscordDouble,
) -> None:
    rec = await double.invoke_command("team", {"name": "astana", "season": 2023})
    data = (await rec.response())["data"]
    got = dict(fields(data))
    assert got["Staff (1) · team registry (Wikidata)"] == "Alexandre Vinokourov (manager)"
    riders = next(v for k, v in got.items() if k.startswith("Riders ("))
    assert "Mark Cavendish" in riders


async def test_team_season_outside_its_life_is_an_ephemeral_error(double: DiscordDouble) -> None:
    rec = await double.invoke_command("team", {"name": "astana", "season": 1990})
    data = (await rec.response())["data"]
    assert data["flags"] & EPHEMERAL
    e = embed(data)
    assert e["title"] == "Invalid season"
    assert e["description"] == (
        "1990 is outside the seasons of XDS Astana Team: it is recorded from 2010 on"
        " (team registry: Wikidata, LeTourDataSet)."
    )


async def test_team_that_ended_says_so(double: DiscordDouble) -> None:
    rec = await double.invoke_command("team", {"name": "brand new cycling"})
    data = (await rec.response())["data"]
    e = embed(data)
    assert e["title"] == "Brand New Cycling · 2024"
    assert e["description"] == (
        "Brand New Cycling ended after 2024 (team registry: Wikidata): showing 2024, the latest"
        " season we hold.\n"
        "Roster for 2024 in the team registry: 1 rider, from Wikidata (team memberships per"
        " season).\n"
        "No transfer news is stored for Brand New Cycling for 2024.\n"
        "Names of this team: Brand New Cycling (2023–2024)"
    )
    assert fields(data) == [("Riders (1) · team registry (Wikidata)", "Mid Season Mover")]
    assert e["footer"]["text"] == f"{STATUS_LEGEND} · {WIKIDATA_ONLY}"


async def test_team_counts_in_plurals_and_one_heading_per_person(double: DiscordDouble) -> None:
    rec = await double.invoke_command("team", {"name": "astana", "season": 2024})
    data = (await rec.response())["data"]
    e = embed(data)
    assert "For 2024, we hold 3 arrivals, 1 staff change, 1 staying." in e["description"]
    headed = [name for name, value in fields(data) if "**Mark Cavendish**" in value]
    assert headed == ["Staying"]
