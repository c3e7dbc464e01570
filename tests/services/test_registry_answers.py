"""What fans see of the team registry (issues 14.5-6, 15.9-12): careers, rosters, derived moves,
ended teams and seasons outside a team's life, each shown as registry data with its source.

The bundled data (LeTourDataSet) with the Wikidata test world merged in, in a real SQLite file;
today is 5 December 2026, inside the transfer window, so a team question is about 2027.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.config import Settings
from bot.container import Services, open_services
from bot.domain.errors import InvalidInput
from bot.domain.provenance import attribution
from bot.presentation.answer import Answer
from bot.presentation.stories import ask_answer
from bot.services.ask import Question, ShowTeam, TeamView
from tests.conftest import team_answer, transfer_answer
from tests.registry_world import RED_BULL_NAME, import_world

DECEMBER = date(2026, 12, 5)
UAE_HISTORY = "UAE Team Emirates 2019–2024\nUAE Team Emirates XRG 2025–"
BOTH_LICENCES = "team registry: Wikidata (CC0), LeTourDataSet (MIT)"


@pytest.fixture
async def services(db_path: Path, tmp_path: Path) -> AsyncIterator[Services]:
    import_world(db_path, tmp_path)
    s = await open_services(
        Settings(database_path=db_path, owner_ids=frozenset({1})), data_dir=None
    )
    s.ask.today = lambda: DECEMBER
    yield s
    await s.close()


def section(answer: Answer, start: str) -> str:
    found = [s.value for s in answer.sections if s.name.startswith(start)]
    assert found, [s.name for s in answer.sections]
    return found[0]


async def test_a_career_is_team_spells_named_as_in_each_season(services: Services) -> None:
    answer = await transfer_answer(services, "pogacar")
    assert section(answer, "Team history · team registry") == UAE_HISTORY
    assert "last team recorded: UAE Team Emirates XRG (2026)" in answer.description
    assert answer.footer == "Mercato · facts with sources · " + BOTH_LICENCES


async def test_a_change_into_the_newest_season_is_a_registry_line_with_its_source(
    services: Services,
) -> None:
    answer = await transfer_answer(services, "jonas joinerson")
    assert answer.description == (
        "Rider · last team recorded: Red Bull–BORA–hansgrohe (2026)\n"
        "Team history from Wikidata (team memberships per season).\n"
        "Joined Red Bull–BORA–hansgrohe for 2026, from Soudal Quick-Step"
        " (team registry: Wikidata).\n\n"
        "No transfer news is stored."
    )
    # Registry data, not a story: no status, no story ID, no story section.
    assert [s.name for s in answer.sections] == ["Team history · team registry"]
    assert answer.footer == "Mercato · facts with sources · team registry: Wikidata (CC0)"


async def test_no_team_after_a_season_and_dates_of_a_mid_season_move(services: Services) -> None:
    answer = await transfer_answer(services, "mid season mover")
    assert "No team recorded after 2024 (team registry: Wikidata)." in answer.description
    assert section(answer, "Team history") == (
        "UAE Team Emirates 2023 until 31 July 2023\nBrand New Cycling 2023–2024 from 1 August 2023"
    )


async def test_staff_are_shown_with_their_role(services: Services) -> None:
    answer = await transfer_answer(services, "vinokourov")
    assert answer.description.startswith("🇰🇿 KAZ · Manager · last team recorded:")
    history = section(answer, "Team history")
    assert "Astana Pro Team 2013 (manager)" in history
    assert "Astana Qazaqstan Team 2023 (manager)" in history


async def test_the_team_history_says_where_it_comes_from_and_what_it_covers(
    services: Services,
) -> None:
    nibali = await transfer_answer(services, "nibali")
    assert "last team we hold" not in nibali.description
    assert (
        "Team history from LeTourDataSet (Tour de France finishers only: seasons without a Tour"
        " finish are missing)." in nibali.description
    )
    assert "No team recorded after 2019 (team registry: LeTourDataSet)." in nibali.description
    assert nibali.footer == "Mercato · facts with sources · team registry: LeTourDataSet (MIT)"
    pogacar = await transfer_answer(services, "pogacar")
    assert "Team history from Wikidata (team memberships per season) and LeTourDataSet" in (
        pogacar.description
    )


async def test_a_team_season_lists_its_roster_riders_and_staff(services: Services) -> None:
    answer = await team_answer(services, "astana", None, 2023)
    riders = section(answer, "Riders (")
    assert "Mark Cavendish" in riders
    assert section(answer, "Staff (1) · team registry (Wikidata)") == (
        "Alexandre Vinokourov (manager)"
    )
    assert BOTH_LICENCES in (answer.footer or "")


async def test_arrivals_and_departures_are_derived_from_wikidata_rosters(
    services: Services,
) -> None:
    answer = await team_answer(services, "red bull", None, 2026)
    names = [s.name for s in answer.sections]
    assert names[:2] == [
        "Arrivals · team registry (Wikidata)",
        "Departures · team registry (Wikidata)",
    ]
    assert answer.sections[0].value == "Jonas Joinerson from Soudal Quick-Step"
    assert answer.sections[1].value == "Lukas Leaverton to Soudal Quick-Step"
    # LeTourDataSet's finishers are listed in the roster but derive no moves.
    uae = await team_answer(services, "uae", None, 2025)
    assert section(uae, "Departures · team registry") == (
        "Aaron Murray Gate no team recorded for 2025"
    )
    assert not [s for s in uae.sections if s.name.startswith("Arrivals")]


async def test_in_december_an_empty_next_season_shows_the_latest_held(
    services: Services,
) -> None:
    view = await services.ask.ask(Question("red bull", teams_only=True))
    assert isinstance(view, TeamView) and (view.season, view.asked) == (2026, 2027)
    answer = await team_answer(services, "red bull")
    assert answer.title == f"{RED_BULL_NAME} · 2026"
    assert answer.description.startswith(
        "Nothing is stored for 2027 yet: showing 2026, the latest season we hold a roster for.\n"
    )


async def test_a_season_outside_a_teams_life_is_an_error_naming_its_seasons(
    services: Services,
) -> None:
    with pytest.raises(InvalidInput) as raised:
        await services.ask.ask(Question("astana", None, 1990, teams_only=True))
    assert raised.value.message == (
        "1990 is outside the seasons of XDS Astana Team: it is recorded from 2010 on"
        " (team registry: Wikidata, LeTourDataSet)."
    )
    assert raised.value.title == "Invalid season"
    with pytest.raises(InvalidInput) as ended:
        await services.ask.ask(Question("brand new cycling", None, 2026, teams_only=True))
    assert ended.value.message == (
        "2026 is outside the seasons of Brand New Cycling: it raced 2023–2024 and ended after"
        " 2024 (team registry: Wikidata)."
    )


async def test_a_team_that_ended_says_so_and_is_not_shown_as_live(services: Services) -> None:
    answer = await team_answer(services, "brand new cycling")
    assert answer.title == "Brand New Cycling · 2024"
    assert answer.description.startswith(
        "Brand New Cycling ended after 2024 (team registry: Wikidata): showing 2024, the latest"
        " season we hold.\n"
    )
    row = await services.db.fetchone("SELECT id FROM team WHERE key = 'arkea-b-b-hotels'")
    assert row is not None
    arkea = ask_answer(await services.ask.team(ShowTeam(row[0], None, 2025)), "team")
    assert "Arkéa-B&B Hotels ended after 2025 (team registry: LeTourDataSet)." in arkea.description


async def test_counts_are_in_correct_plurals_and_one_person_has_one_heading(
    services: Services,
) -> None:
    answer = await team_answer(services, "astana", None, 2024)
    assert "For 2024, we hold 3 arrivals, 1 staff change, 1 staying." in answer.description
    stories = [s for s in answer.sections if "team registry" not in s.name]
    assert [s.name for s in stories] == ["Arrivals", "Staff changes", "Staying"]
    headed = [s.name for s in stories if "Mark Cavendish" in s.value]
    assert headed == ["Staying"]
    assert "· also: retirement ☑️ ID 6" in section(answer, "Staying")


def test_the_readme_and_attribution_file_quote_the_footer_answers_carry() -> None:
    footer = attribution(["dataset", "wikidata"])
    assert footer == BOTH_LICENCES
    root = Path(__file__).resolve().parents[2]
    for doc in ("README.md", "data/ATTRIBUTION.md"):
        assert f'"{footer}"' in " ".join((root / doc).read_text(encoding="utf-8").split()), doc
