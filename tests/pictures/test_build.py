"""Charts built from the answers' views: the bundled Cavendish and Astana, and the edge cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.container import Services
from bot.domain.models import (
    Claim,
    ClaimKind,
    EntityKind,
    Membership,
    Person,
    Role,
    Status,
    Team,
    TeamName,
)
from bot.pictures import Move, Side, Spell, render
from bot.presentation.pictures import career_chart, team_season_chart
from bot.services.ask import PersonView, ShowPerson, TeamView
from scripts.docs_images import team_view

TODAY = date(2026, 12, 5)


async def person_view(services: Services, name: str) -> PersonView:
    best = services.directory.resolve(name, None, kinds={EntityKind.PERSON}).best
    assert best is not None
    view = await services.ask.person(ShowPerson(best.ref.id))
    assert isinstance(view, PersonView)
    return view


async def astana_2024(services: Services) -> TeamView:
    best = services.directory.resolve("astana", None, kinds={EntityKind.TEAM}).best
    assert best is not None
    return await team_view(services, best.ref.id, 2024)


async def test_cavendish_career_has_his_teams_by_name_and_his_stories(services: Services) -> None:
    chart = career_chart(await person_view(services, "Mark Cavendish"), TODAY)
    assert Spell(2023, 2024, "astana-qazaqstan", "Astana Qazaqstan Team") in chart.spells
    htc = [s for s in chart.spells if s.team_key == "htc-highroad"]
    assert [(s.first, s.last, s.team_name) for s in htc] == [
        (2010, 2010, "Team HTC-Columbia"),  # the name in that season, not today's
        (2011, 2011, "HTC-Highroad"),
    ]
    assert not any(s.staff for s in chart.spells)
    assert {(m.season, m.status, m.label) for m in chart.stories} == {
        (2024, Status.OFFICIAL, "Postpones retirement, rides 2024 with Astana Qazaqstan Team"),
        (2024, Status.CONFIRMED, "Retires at the end of 2024"),
    }
    assert chart.current_season == 2026 and chart.as_of == "5 Dec 2026"
    assert chart.subtitle.startswith("GBR · rider · ")
    assert chart.source.startswith("Teams: registry data · Stories: 4 reports from ")


async def test_a_coach_spell_is_drawn_as_staff_with_the_role(services: Services) -> None:
    chart = career_chart(await person_view(services, "Vasilis Anastopoulos"), TODAY)
    assert (
        Spell(2024, 2024, "astana-qazaqstan", "Astana Qazaqstan Team", True, "head of performance")
        in chart.spells
    )
    assert all(s.staff for s in chart.spells)
    assert [m.staff for m in chart.stories] == [True]


async def test_astana_2024_has_its_arrivals_departures_and_staff(services: Services) -> None:
    chart = team_season_chart(await astana_2024(services), TODAY)
    assert chart.team_name == "Astana Qazaqstan Team" and chart.season == 2024
    moves = {(m.person, m.side): m for m in chart.moves}
    assert moves["Michael Mørkøv", Side.IN] == Move(
        "Michael Mørkøv", Side.IN, Status.OFFICIAL, "Soudal Quick-Step", "soudal-quick-step"
    )
    assert moves["Max Kanter", Side.IN].other_team == "Movistar Team"
    coach = moves["Vasilis Anastopoulos", Side.IN]
    assert coach.staff and coach.note == "coach" and coach.status is Status.OFFICIAL
    assert moves["Mark Cavendish", Side.OUT].note == "retires"
    assert moves["Mark Cavendish", Side.STAY].note == "postpones retirement"
    assert [m.status for m in chart.moves] == sorted(
        (m.status for m in chart.moves), key=lambda s: -s.strength
    )  # best-established first, as the text answer orders them


async def test_the_pictures_of_the_bundled_data_render(services: Services) -> None:
    for chart in (
        career_chart(await person_view(services, "Mark Cavendish"), TODAY),
        team_season_chart(await astana_2024(services), TODAY),
    ):
        png = render(chart)
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) < 200 * 1024


TEAM = Team(7, "some-team", (TeamName("Old Name", 2018, 2020), TeamName("New Name", 2021, None)))
PERSON = Person(1, "a-rider", "A Rider", Role.RIDER, "FRA")


def test_a_person_with_no_team_has_no_spells_and_says_so() -> None:
    view = PersonView(PERSON, [], [], {}, {1: PERSON})
    chart = career_chart(view, TODAY)
    assert chart.spells == () and chart.stories == ()
    assert chart.subtitle == "FRA · rider · no team on record"
    assert chart.source == "Teams: registry data"
    assert render(chart)


def test_a_rename_splits_the_spell_and_a_gap_starts_a_new_one() -> None:
    seasons = [2019, 2020, 2021, 2023]
    view = PersonView(PERSON, [Membership(7, s) for s in seasons], [], {7: TEAM}, {})
    assert career_chart(view, TODAY).spells == (
        Spell(2019, 2020, "some-team", "Old Name"),
        Spell(2021, 2021, "some-team", "New Name"),
        Spell(2023, 2023, "some-team", "New Name"),
    )


def test_a_story_without_a_season_is_counted_not_placed() -> None:
    claim = Claim(1, 1, ClaimKind.TRANSFER, None, 7, None, Status.RUMOUR)
    view = PersonView(PERSON, [], [claim, replace(claim, id=2, season=2027)], {7: TEAM}, {})
    chart = career_chart(view, TODAY)
    assert chart.hidden_stories == 1
    assert [(m.season, m.label, m.team_key) for m in chart.stories] == [
        (2027, "To New Name", "some-team")
    ]


def test_a_team_season_with_nothing_stored_is_an_empty_chart() -> None:
    chart = team_season_chart(TeamView(TEAM, 2019, [], {7: TEAM}, {}), TODAY)
    assert chart.team_name == "Old Name" and chart.moves == ()
    assert chart.source == "No stories stored"
    assert render(chart)
