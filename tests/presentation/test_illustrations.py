"""Which picture an answer gets: its file name, its cache key, its words; none when empty."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date

import pytest

import bot.presentation.illustrations as illustrations
from bot.domain.models import Claim, ClaimKind, Membership, Person, Role, Status, Team, TeamName
from bot.pictures import CareerChart, RenderCache, TeamSeasonChart
from bot.presentation.answer import Answer
from bot.presentation.illustrations import (
    DESCRIPTION_MAX,
    career_description,
    illustrate,
    picture_plan,
    slug,
    team_description,
)
from bot.services.ask import PersonView, TeamView
from bot.services.pictures import Painter
from bot.services.resolver import NoMatch
from tests.pictures.cases import career, team

TODAY = date(2026, 12, 5)
TEAM = Team(7, "groupama-fdj", (TeamName("FDJ", 2010, 2017), TeamName("Groupama-FDJ", 2018, None)))
OTHER = Team(8, "cofidis", (TeamName("Cofidis", 2000, None),))
PERSON = Person(1, "ana", "Ana Ñúñez-Ørsted", Role.RIDER, "ESP")


def person_view(memberships: list[Membership], claims: list[Claim]) -> PersonView:
    return PersonView(PERSON, memberships, claims, {7: TEAM, 8: OTHER}, {1: PERSON})


def story(season: int, *, guild: int | None = None, status: Status = Status.RUMOUR) -> Claim:
    return Claim(season, 1, ClaimKind.TRANSFER, 7, 8, season, status, guild_id=guild)


def test_a_person_with_no_team_and_no_story_gets_no_picture() -> None:
    # An empty timeline would show nothing the text ("No transfer news is stored") does not.
    assert picture_plan(person_view([], []), TODAY) is None


def test_a_person_with_no_team_but_a_story_gets_the_story_on_a_timeline() -> None:
    plan = picture_plan(person_view([], [story(2027)]), TODAY)
    assert plan is not None and isinstance(plan.chart, CareerChart)
    assert plan.chart.spells == () and len(plan.chart.stories) == 1
    assert plan.description == (
        "Career timeline of Ana Ñúñez-Ørsted: no team on record. Stories: 2027 To Cofidis (rumour)."
    )


def test_file_names_are_ascii_slugs_with_the_season_asked_for() -> None:
    view = person_view([Membership(7, 2019)], [])
    plan = picture_plan(view, TODAY)
    assert plan is not None and plan.filename == "career-ana-nunez-orsted.png"
    plan = picture_plan(replace(view, season=2024), TODAY)
    assert plan is not None and plan.filename == "career-ana-nunez-orsted-2024.png"
    assert plan.key.season == 2024
    tplan = picture_plan(
        TeamView(TEAM, 2025, [story(2025)], {7: TEAM, 8: OTHER}, {1: PERSON}), TODAY
    )
    assert tplan is not None and tplan.filename == "team-groupama-fdj-2025.png"
    assert slug("李明 / 🚲 ..") == "liming-bike" and slug("※※ —") == ""


def test_a_name_with_nothing_ascii_falls_back_to_the_id() -> None:
    view = replace(person_view([Membership(7, 2019)], []), person=replace(PERSON, name="※※"))
    plan = picture_plan(view, TODAY)
    assert plan is not None and plan.filename == "career-1.png"


def test_a_team_season_with_no_moves_gets_no_picture() -> None:
    assert picture_plan(TeamView(TEAM, 2025, [], {7: TEAM}, {}), TODAY) is None
    assert picture_plan(NoMatch("x"), TODAY) is None


def test_the_cache_key_follows_what_is_drawn() -> None:
    """Guild scope and the as-of day are part of the picture, hence of its key."""
    members = [Membership(7, 2019), Membership(7, 2020)]
    public = picture_plan(person_view(members, [story(2025)]), TODAY)
    again = picture_plan(person_view(members, [story(2025)]), TODAY)
    private = picture_plan(person_view(members, [story(2025), story(2026, guild=5)]), TODAY)
    tomorrow = picture_plan(person_view(members, [story(2025)]), date(2026, 12, 6))
    assert public is not None and again is not None and private is not None
    assert tomorrow is not None
    assert public.key == again.key
    assert len({public.key, private.key, tomorrow.key}) == 3
    assert {public.key.kind, public.key.entity_id} == {"career", 1}


def test_descriptions_stay_within_discords_limit_for_big_charts() -> None:
    for text in (
        career_description(career(2002, 25, long_names=True)),
        team_description(team(60, long_names=True)),
    ):
        assert len(text) <= DESCRIPTION_MAX
    sixty = team_description(team(60, long_names=True))
    assert len(sixty) == DESCRIPTION_MAX and sixty.endswith("…")


def test_a_team_description_lists_each_side_with_origin_destination_and_status() -> None:
    chart: TeamSeasonChart = team(5)
    assert team_description(chart) == (
        "Ins and outs of Astana Qazaqstan Team for 2025. "
        "1 arrivals: Rider 02 Example from Movistar Team (reported). "
        "3 departures: Rider 00 Example, retires (official); "
        "Rider 01 Example to INEOS Grenadiers (confirmed); "
        "Rider 03 Example to Groupama-FDJ (rumour). "
        "1 staying: Rider 04 Example, extends until 2027 (denied)."
    )


async def test_a_busy_painter_spares_the_answer_making_a_chart_it_would_leave_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = person_view([Membership(7, season) for season in range(2019, 2025)], [])
    answer = Answer("Ana")
    with ThreadPoolExecutor(1) as pool:
        painter = Painter(RenderCache(), pool, max_pending=0)  # as busy as can be

        def no_plan(*_: object) -> None:
            raise AssertionError("the chart was made")

        with monkeypatch.context() as m:
            m.setattr(illustrations, "picture_plan", no_plan)
            assert await illustrate(answer, view, painter, TODAY) is answer
        assert painter.shed == 1
        plan = picture_plan(view, TODAY)
        assert plan is not None
        painter.cache.put(plan.key, b"png")  # a picture of Ana is kept: served however busy
        shown = await illustrate(answer, view, painter, TODAY)
        assert shown.picture is not None and shown.picture.png == b"png"
