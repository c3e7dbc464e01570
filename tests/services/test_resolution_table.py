"""The matching table: how fans type names, against the bundled data (docs/matching.md)."""

from __future__ import annotations

import pytest

from bot.container import Services
from bot.domain.models import EntityKind

P, T = EntityKind.PERSON, EntityKind.TEAM

# (query, expected label of the one confident match)
CONFIDENT = [
    # the seed story, every way the brief lists
    ("cavendish", "Mark Cavendish"), ("cav", "Mark Cavendish"), ("mark cav", "Mark Cavendish"),
    ("manx missile", "Mark Cavendish"), ("cavendsih", "Mark Cavendish"), ("Mark Cavendish", "Mark Cavendish"),
    ("morkov", "Michael Mørkøv"), ("mørkøv", "Michael Mørkøv"), ("moerkoev", "Michael Mørkøv"),
    ("michael morkov", "Michael Mørkøv"), ("MØRKØV", "Michael Mørkøv"),
    ("anastopoulos", "Vasilis Anastopoulos"), ("vasi", "Vasilis Anastopoulos"),
    ("anastopolous", "Vasilis Anastopoulos"),
    # accents folded
    ("pogacar", "Tadej Pogačar"), ("Pogačar", "Tadej Pogačar"), ("roglic", "Primož Roglič"),
    ("lukasz wisniowski", "Lukasz Wisniowski"), ("Łukasz Wiśniowski", "Lukasz Wisniowski"),
    ("kung", "Stefan Küng"), ("demare", "Arnaud Démare"), ("almeida", "João Almeida"),
    ("kwiatkowski", "Michał Kwiatkowski"),
    # punctuation and word order
    ("van der poel", "Mathieu van der Poel"), ("Poel, Mathieu van der", "Mathieu van der Poel"),
    ("mathieu van der poel", "Mathieu van der Poel"), ("oconnor", "Ben O'Connor"),
    ("o'connor", "Ben O'Connor"), ("ben o connor", "Ben O'Connor"),
    ("julius van den berg", "Julius van den Berg"), ("vingegaard jonas", "Jonas Vingegaard"),
    # surname alone, first + last
    ("evenepoel", "Remco Evenepoel"), ("alaphilippe", "Julian Alaphilippe"), ("froome", "Chris Froome"),
    ("sagan", "Peter Sagan"), ("peter sagan", "Peter Sagan"), ("geraint thomas", "Geraint Thomas"),
    ("vollering", "Demi Vollering"), ("kopecky", "Lotte Kopecky"), ("pidcock", "Tom Pidcock"),
    # nicknames and alternative spellings
    ("vdp", "Mathieu van der Poel"), ("mvdp", "Mathieu van der Poel"),
    # typos
    ("evenepol", "Remco Evenepoel"), ("alaphilipe", "Julian Alaphilippe"), ("vingegard", "Jonas Vingegaard"),
    ("pogacr", "Tadej Pogačar"), ("cancelara", "Fabian Cancellara"), ("froom", "Chris Froome"),
    # team names, every historical one and short forms
    ("quick step", "Soudal Quick-Step"), ("quickstep", "Soudal Quick-Step"), ("deceuninck", "Soudal Quick-Step"),
    ("deceuninck quick step", "Soudal Quick-Step"), ("soudal", "Soudal Quick-Step"),
    ("the wolfpack", "Soudal Quick-Step"), ("quick-step alpha vinyl", "Soudal Quick-Step"),
    ("astana", "XDS Astana Team"), ("xds astana", "XDS Astana Team"), ("astana qazaqstan", "XDS Astana Team"),
    ("astana pro team", "XDS Astana Team"), ("the kazakh team", "XDS Astana Team"),
    ("movistar", "Movistar Team"), ("cofidis", "Cofidis"),
]  # fmt: skip

AMBIGUOUS = [
    ("yates", {"Adam Yates", "Simon Yates"}),
    ("schleck", {"Andy Schleck", "Frank Schleck"}),
    ("quintana", {"Nairo Quintana", "Dayer Quintana"}),
    ("van den berg", {"Julius van den Berg", "Lars van den Berg"}),
    ("dumoulin", {"Tom Dumoulin", "Samuel Dumoulin"}),
]

NONE = ["zzqqxx", "qwertyuiop", "xkcd foobar"]


@pytest.mark.parametrize(("query", "expected"), CONFIDENT)
async def test_typed_name_resolves_to_the_one_entity(
    services: Services, query: str, expected: str
) -> None:
    res = services.directory.resolve(query, None)
    assert res.outcome == "match", (query, res.outcome, [m.label for m in res.candidates[:5]])
    assert res.best is not None and res.best.label == expected


@pytest.mark.parametrize(("query", "expected"), AMBIGUOUS)
async def test_shared_surnames_ask_which_one(
    services: Services, query: str, expected: set[str]
) -> None:
    res = services.directory.resolve(query, None)
    assert res.outcome == "ambiguous", (query, res.outcome, res.best)
    assert expected <= {m.label for m in res.candidates}


@pytest.mark.parametrize("query", NONE)
async def test_nothing_close_is_none_with_at_most_three_suggestions(
    services: Services, query: str
) -> None:
    res = services.directory.resolve(query, None)
    assert res.outcome == "none"
    assert len(res.candidates) <= 3


def test_table_has_at_least_sixty_cases() -> None:
    assert len(CONFIDENT) + len(AMBIGUOUS) + len(NONE) >= 60


async def test_team_filter_keeps_people_out(services: Services) -> None:
    res = services.directory.resolve("astana", None, kinds={T})
    assert res.outcome == "match" and res.best is not None and res.best.ref.kind is T
    people = services.directory.search("cav", None, kinds={P})
    assert people[0].label == "Mark Cavendish"
