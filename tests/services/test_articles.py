"""/addarticle's service: the reader over the bundled data, as a moderator sees its proposals."""

from __future__ import annotations

import logging

import pytest

from bot.container import Services
from bot.domain.errors import InvalidInput
from bot.domain.models import Actor, ClaimKind, EntityKind
from bot.domain.reading import ReadingFailed
from bot.services import articles
from bot.services.articles import ProposedPerson, ProposedTeam, ReviewArticle
from bot.services.reading_lookup import ReaderLookup

MOD = Actor(5, "mod", 111)
URL = "https://www.velo-hebdo.example/news/story"


async def review(s: Services, text: str, published: str | None = "2023-06-05"):  # type: ignore[no-untyped-def]
    return await s.articles.review(ReviewArticle(text, URL, published), MOD)


async def test_seasons_count_from_the_published_date_not_today(services: Services) -> None:
    # today is 20 October 2023 in these tests; the article is from June 2022
    r = await review(services, "Cees Bol will join Cofidis next season.", published="2022-06-01")
    (p,) = r.proposals
    assert p.season == 2023 and p.missing == () and not p.season_from_today


async def test_team_names_are_the_seasons_names(services: Services) -> None:
    r = await review(
        services, "Tom Dumoulin will join Jumbo-Visma next season.", published="2019-09-01"
    )
    assert r.proposals[0].headline.endswith("to Team Jumbo-Visma for 2020")


async def test_an_unknown_site_is_the_outlet_by_its_domain(services: Services) -> None:
    r = await review(services, "Cees Bol will join Cofidis next season.")
    assert r.proposals[0].source.outlet == "Velo Hebdo"


async def test_a_new_person_is_proposed_with_role_and_nationality(services: Services) -> None:
    r = await review(
        services, "Norwegian coach Erik Tangen will join Cofidis as head coach in 2024."
    )
    (p,) = r.proposals
    assert p.person == ProposedPerson("Erik Tangen", None, "staff", "NOR")
    assert p.kind is ClaimKind.STAFF_MOVE and p.missing == ()


async def test_a_new_team_keeps_the_destination_named_in_the_text(services: Services) -> None:
    r = await review(services, "Cees Bol has signed with the Bergen Fjord Racing Team for 2024.")
    (p,) = r.proposals
    assert p.headline.endswith(" to Bergen Fjord Racing Team for 2024")
    assert p.to_team == ProposedTeam("Bergen Fjord Racing Team") and p.missing == ()


async def test_no_published_date_says_the_season_came_from_today(services: Services) -> None:
    r = await review(services, "Cees Bol has signed with Cofidis.", published=None)
    assert not r.dated and r.proposals[0].season_from_today
    assert r.proposals[0].season == 2024 and r.proposals[0].missing == ()  # signed in October


async def test_a_reader_failure_is_an_error_with_the_hash_never_nothing_found(
    services: Services, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ReadingFailed("subjects", "abc123def456")

    monkeypatch.setattr(articles, "read_article", broken)
    with caplog.at_level(logging.ERROR), pytest.raises(InvalidInput) as caught:
        await review(services, "Cees Bol will join Cofidis next season.")
    assert caught.value.field == "article" and "abc123def456" in caught.value.problem
    assert "abc123def456" in caplog.text and "subjects" in caplog.text


async def test_reader_lookup_takes_exact_names_only(services: Services) -> None:
    lookup = ReaderLookup(services.directory, None)
    full = lookup.person("Tom Dumoulin")
    assert full is not None and full.exact and full.ref.kind is EntityKind.PERSON
    surname = lookup.person("Pogačar")
    assert surname is not None and not surname.exact
    assert lookup.person("Zak Dempster") is None  # a fuzzy match is no name the text used
    assert lookup.person("Dumoulin") is None  # two people share it


async def test_reader_lookup_gives_one_team_for_a_shared_name(services: Services) -> None:
    lookup = ReaderLookup(services.directory, None)
    shared = lookup.team("Lidl-Trek")
    assert shared is not None and shared.name == "Lidl-Trek"
    jayco = lookup.team("Jayco AlUla")
    assert jayco is not None and jayco.name == "Team Jayco AlUla"
    assert lookup.team("Unibet Rose Rockets") is None


async def test_reader_lookup_gives_the_womens_lineage_for_a_woman(services: Services) -> None:
    lookup = ReaderLookup(services.directory, None)
    woman, man = lookup.person("Kristen Faulkner"), lookup.person("Tadej Pogačar")
    assert woman is not None and man is not None
    mens = lookup.team("Movistar Team")
    womens = lookup.team_for("Movistar Team", woman.ref)
    assert mens is not None and womens is not None and womens.ref != mens.ref
    assert womens.name == "Movistar Team"
    assert lookup.team_for("Movistar Team", man.ref) is None  # the likeliest is his already
    sister = lookup.team_for("EF Education-Cannondale", woman.ref)  # spelt some way off
    assert sister is not None and sister.name == "EF Education-Oatly"


@pytest.mark.parametrize("name", ["Arkéa-B&B Hotels", "Arkea B&B Hotels", "B&B Hotels p/b KTM"])
async def test_reader_lookup_finds_team_names_holding_an_ampersand(
    services: Services, name: str
) -> None:
    found = ReaderLookup(services.directory, None).team(name)
    assert found is not None and found.exact


async def test_reader_lookup_compares_with_the_team_it_would_give(services: Services) -> None:
    lookup = ReaderLookup(services.directory, None)
    woman = lookup.person("Coryn Labecki")
    assert woman is not None
    mens = lookup.team("Jayco AlUla")
    sister = lookup.team_for("Jayco AlUla", woman.ref)
    assert mens is not None and sister is not None and sister.ref != mens.ref
    assert sister.name == "Team Jayco AlUla"  # the women's team of that name
