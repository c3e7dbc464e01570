"""The console shows the team registry as Discord does: its source, its coverage, its errors."""

from __future__ import annotations

from bot.console import run_line
from bot.container import Services


async def test_console_team_history_says_its_source_and_coverage(services: Services) -> None:
    text = (await run_line(services, "/transfer nibali")).as_text()
    assert "last team recorded: Bahrain-Merida (2019)" in text
    assert (
        "Team history from LeTourDataSet (Tour de France finishers only: seasons without a Tour"
        " finish are missing)." in text
    )
    assert "No team recorded after 2019 (team registry: LeTourDataSet)." in text
    assert text.endswith("Mercato · facts with sources · team registry: LeTourDataSet (MIT)")


async def test_console_season_outside_a_teams_life_is_the_same_error(services: Services) -> None:
    answer = await run_line(services, "/team astana season:1990")
    assert answer.title == "Invalid season" and answer.ephemeral
    assert answer.description == (
        "1990 is outside the seasons of XDS Astana Team: it is recorded from 2010 on"
        " (team registry: LeTourDataSet)."
    )
