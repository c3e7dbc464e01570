"""The matching table: how fans type names, against the bundled data (docs/matching.md)."""

from __future__ import annotations

import pytest

from bot.container import Services
from bot.domain.models import EntityKind
from bot.presentation.stories import ask_answer
from bot.services.ask import Question

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

# Markup and punctuation around a name: a strong match stays one, a weak one never becomes one.
MARKUP = [
    "**{}**",
    "__{}__",
    "*{}*",
    "`{}`",
    "~~{}~~",
    "||{}||",
    "@{}",
    "#{}",
    "{}!",
    "<{}>",
    "{}?!",
]
WEAK = ["bold", "bolt", "cvndsh", "gianetti"]
STRONG = [
    ("cavendish", "Mark Cavendish"),
    ("pogacar", "Tadej Pogačar"),
    ("van der poel", "Mathieu van der Poel"),
]

# One weak candidate is a suggestion, never a one-entry "Which one did you mean?" menu.
NOT_FOUND_WITH_SUGGESTION = [
    ("gianetti", "Linda Zanetti"),
    ("@everyone", "Severine Eraud"),
    ("zeeman", "Gianni Meersman"),
    ("**bold**", "Cees Bol"),
    ("cvndsh", "Mark Cavendish"),
]

# A given name alone asks which one, the best known first.
BEST_KNOWN_FIRST = [
    ("jonas", "Jonas Vingegaard"),
    ("mathieu", "Mathieu van der Poel"),
    ("tadej", "Tadej Pogačar"),
    ("adam", "Adam Yates"),
]


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


@pytest.mark.parametrize("query", WEAK)
@pytest.mark.parametrize("markup", MARKUP)
async def test_markup_never_lifts_a_weak_match_to_confident(
    services: Services, query: str, markup: str
) -> None:
    plain = services.directory.resolve(query, None)
    marked = services.directory.resolve(markup.format(query), None)
    assert plain.outcome != "match", (query, plain.best)
    assert marked.outcome != "match", (markup.format(query), marked.best)


@pytest.mark.parametrize(("query", "expected"), STRONG)
@pytest.mark.parametrize("markup", MARKUP)
async def test_markup_keeps_a_strong_match(
    services: Services, query: str, expected: str, markup: str
) -> None:
    res = services.directory.resolve(markup.format(query), None)
    assert res.outcome == "match" and res.best is not None and res.best.label == expected


@pytest.mark.parametrize(("query", "suggested"), NOT_FOUND_WITH_SUGGESTION)
async def test_one_weak_candidate_is_not_found_with_suggestions(
    services: Services, query: str, suggested: str
) -> None:
    res = services.directory.resolve(query, None)
    assert res.outcome == "none", (query, res.outcome, [m.label for m in res.candidates])
    assert 1 <= len(res.candidates) <= 3
    assert res.candidates[0].label == suggested


@pytest.mark.parametrize(
    "query", [q for q, _ in CONFIDENT] + [q for q, _ in AMBIGUOUS] + NONE + ["x", "bo", "van"]
)
async def test_a_question_always_offers_two_or_more(services: Services, query: str) -> None:
    res = services.directory.resolve(query, None)
    if res.outcome == "ambiguous":
        assert len(res.candidates) >= 2, (query, res.candidates)


@pytest.mark.parametrize(("query", "expected"), BEST_KNOWN_FIRST)
async def test_the_best_known_person_comes_first(
    services: Services, query: str, expected: str
) -> None:
    res = services.directory.resolve(query, None)
    assert res.candidates[0].label == expected, [m.label for m in res.candidates[:5]]
    assert services.directory.search(query, None, limit=5)[0].label == expected


async def test_choice_labels_have_no_dangling_separators(services: Services) -> None:
    answer = ask_answer(await services.ask.ask(Question("jonas")))
    assert answer.title == "Which one did you mean?"
    by_label = {c.label: c.description for c in answer.choices}
    assert by_label["Jonas Abrahamsen"] == "rider, Uno-X Mobility"  # no nationality held
    assert by_label["Jonas Vingegaard"] == "DEN · rider, Team Visma | Lease a Bike"
    text = answer.as_text()
    assert "  1. Jonas Vingegaard - DEN · rider, Team Visma | Lease a Bike" in text
    assert "- -" not in text and "()" not in text


def test_table_has_at_least_sixty_cases() -> None:
    assert len(CONFIDENT) + len(AMBIGUOUS) + len(NONE) >= 60


async def test_team_filter_keeps_people_out(services: Services) -> None:
    res = services.directory.resolve("astana", None, kinds={T})
    assert res.outcome == "match" and res.best is not None and res.best.ref.kind is T
    people = services.directory.search("cav", None, kinds={P})
    assert people[0].label == "Mark Cavendish"
