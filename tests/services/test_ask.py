"""The seed story, asked every way the brief names, against the bundled data."""

from __future__ import annotations

import pytest

from bot.container import Services
from bot.presentation.answer import Answer, Tone
from bot.presentation.pages import page_request
from bot.presentation.stories import ask_answer
from bot.services.ask import ShowPerson, ShowTeam
from bot.services.resolver import NoMatch
from tests.conftest import team_answer, transfer_answer


def text_of(answer) -> str:  # type: ignore[no-untyped-def]
    return answer.as_text()


async def test_transfer_cavendish_tells_the_whole_seed_story(services: Services) -> None:
    answer = await transfer_answer(services, "cavendish", None)
    assert answer.title == "Mark Cavendish"
    assert not answer.ephemeral
    summary = answer.description
    assert "🇬🇧 GBR · Rider" in summary
    assert "Mark Cavendish postponed retirement to race 2024 with Astana Qazaqstan Team" in summary
    assert "official since 4 October 2023" in summary
    assert "first reported by AD" in summary
    assert "Michael Mørkøv" in summary and "Vasilis Anastopoulos" in summary
    body = text_of(answer)
    assert "Retirement postponed · ✅ Official" in body
    assert (
        "Cyclingnews <https://www.cyclingnews.com/news/astana-sign-michael-morkov-to-lead-out-mark-cavendish-in-2024-sprints/>"
        in body
    )
    assert "Cycling Weekly" in body and "Tom Thewlis" in body
    assert "AD · 27 Sep 2023 — broke the story" in body
    assert "Retirement · ☑️ Confirmed" in body


@pytest.mark.parametrize(
    "query", ["cav", "Cavendish", "mark cav", "manx missile", "cavendsih", "MARK CAVENDISH"]
)
async def test_every_way_of_typing_cavendish_finds_him(services: Services, query: str) -> None:
    assert (await transfer_answer(services, query, None)).title == "Mark Cavendish"


@pytest.mark.parametrize("query", ["morkov", "mørkøv", "moerkoev", "michael morkov"])
async def test_morkov_is_a_transfer_from_soudal_quick_step_to_astana(
    services: Services, query: str
) -> None:
    answer = await transfer_answer(services, query, None)
    assert answer.title == "Michael Mørkøv"
    assert (
        "Michael Mørkøv moves from Soudal Quick-Step to Astana Qazaqstan Team for 2024"
        in answer.description
    )
    assert "official since 4 October 2023" in answer.description


@pytest.mark.parametrize("query", ["anastopoulos", "vasi", "anastopolous"])
async def test_anastopoulos_is_a_staff_move_with_the_same_teams(
    services: Services, query: str
) -> None:
    answer = await transfer_answer(services, query, None)
    assert answer.title == "Vasilis Anastopoulos"
    assert "Coach" in answer.description
    assert (
        "(staff) moves from Soudal Quick-Step to Astana Qazaqstan Team for 2024"
        in answer.description
    )
    body = text_of(answer)
    assert "La Gazzetta dello Sport · Ciro Scognamiglio · 27 Sep 2023 — broke the story" in body
    assert "Cycling Weekly" in body and "— confirmed" in body


async def test_astana_via_transfer_answers_with_the_team_view(services: Services) -> None:
    answer = await transfer_answer(services, "astana", None, 2024)
    assert answer.title == "Astana Qazaqstan Team · 2024"
    body = text_of(answer)
    assert "Michael Mørkøv from Soudal Quick-Step" in body
    assert "Vasilis Anastopoulos" in body and "Staff changes" in body


async def test_quick_step_2024_lists_the_departures(services: Services) -> None:
    answer = await team_answer(services, "quick step", None, 2024)
    assert answer.title.startswith("Soudal Quick-Step")
    body = text_of(answer)
    assert "## Departures" in body
    assert "Michael Mørkøv to Astana Qazaqstan Team" in body
    assert "Davide Ballerini" in body
    assert (
        "Names of this team:" in answer.description
        and "Deceuninck-Quick-Step" in answer.description
    )


async def test_team_default_season_is_next_during_the_transfer_window(services: Services) -> None:
    # The fixture pins today to 20 October 2023: inside the window, so 2024.
    assert (await team_answer(services, "astana", None)).title.endswith("· 2024")


async def test_unknown_name_is_an_ephemeral_not_found_with_suggestions(services: Services) -> None:
    answer = await transfer_answer(services, "zzqqxx", None)
    assert answer.ephemeral and answer.tone is Tone.ERROR
    assert answer.description.startswith("No rider, staff member or team matches “zzqqxx”.")


async def test_person_without_news_shows_team_history(services: Services) -> None:
    answer = await transfer_answer(services, "cees bol", None)
    assert answer.title == "Cees Bol"
    assert "No transfer news is stored." in answer.description
    assert "Team history · team registry" in text_of(answer)


async def test_ambiguous_surname_asks_to_choose(services: Services) -> None:
    answer = await transfer_answer(services, "yates", None)
    assert answer.choices, answer
    labels = [c.label for c in answer.choices]
    assert "Adam Yates" in labels and "Simon Yates" in labels
    assert answer.ephemeral


async def test_a_person_with_many_stories_shows_the_newest_and_says_so(services: Services) -> None:
    from bot.domain.models import Actor, EntityKind

    person = services.directory.resolve("cees bol", None, kinds={EntityKind.PERSON}).best
    team = services.directory.resolve("cofidis", None, kinds={EntityKind.TEAM}).best
    assert person is not None and team is not None
    for n in range(55):
        draft = services.news.draft(
            person_id=person.ref.id, kind="transfer", status="rumour", to_team_id=team.ref.id,
            source_url=f"https://www.cyclingnews.com/news/many-{n}", season=1950 + n,
            summary="A rumour.", published="2023-01-01",
        )  # fmt: skip
        await services.news.store(draft, Actor(5, "mod", 77))
    answer = await transfer_answer(services, "cees bol", 77)
    *stories, history = answer.sections
    assert len(stories) == 50 and history.name == "Team history · team registry"
    assert answer.sections[0].name.startswith("2004 · ")
    assert answer.footer is not None
    assert answer.footer.endswith("showing the newest 50; add season: for the others")
    only = await transfer_answer(services, "cees bol", 77, season=1950)
    assert [s.name for s in only.sections] == [
        "1950 · Transfer · 💬 Rumour",
        "Team history · team registry",
    ]


async def by_page_key(services: Services, key: str) -> Answer:
    request = page_request(key, None)
    if isinstance(request, ShowPerson):
        return ask_answer(await services.ask.person(request))
    if isinstance(request, ShowTeam):
        return ask_answer(await services.ask.team(request))
    return ask_answer(NoMatch(key))


async def test_page_keys_rebuild_the_same_answer_and_refuse_anything_else(
    services: Services,
) -> None:
    cav = await transfer_answer(services, "cavendish", None, 2024)
    assert cav.page_key is not None and cav.page_key.startswith("person:")
    assert cav.page_key.endswith(":2024")
    again = await by_page_key(services, cav.page_key)
    assert (again.title, again.sections) == (cav.title, cav.sections)
    astana = await team_answer(services, "astana", None, 2024)
    assert astana.page_key is not None and astana.page_key.endswith(":2024")
    assert (await by_page_key(services, astana.page_key)).title == astana.title
    for bad in ("person:abc", "team:1", "squad:1:2024", "person:1:２０２４", "person:", ""):
        answer = await by_page_key(services, bad)
        assert (answer.title, answer.ephemeral, answer.page_key) == ("Not found", True, None)
