"""The news desk's pure rules: keyword filters, when two proposals are one story, card text."""

from __future__ import annotations

import pytest

from bot.domain.desk import (
    StoryProposal,
    parse_keywords,
    passes_filter,
    same_story,
)


def test_keywords_are_folded_bounded_and_deduplicated() -> None:
    assert parse_keywords(" Transfer, SIGNS;transfer , Équipe,, ") == [
        "transfer",
        "signs",
        "equipe",
    ]
    assert len(parse_keywords(",".join(f"w{i}" for i in range(30)))) == 10
    assert parse_keywords(None) == []


@pytest.mark.parametrize(
    ("include", "exclude", "passes"),
    [
        ([], [], True),
        (["signs"], [], True),
        (["tour"], [], False),  # whole words: 'tourist' is not 'tour'
        (["equipe"], [], True),  # accents folded: 'Équipe' in the text
        ([], ["women"], False),
        (["signs"], ["u23"], True),
        (["contract", "signs"], ["tourist"], False),
    ],
)
def test_filters_match_whole_folded_words(
    include: list[str], exclude: list[str], passes: bool
) -> None:
    title, text = "A rider signs for the Équipe", "The Women's team? No: a tourist wrote this."
    assert passes_filter(title, text, include, exclude) is passes


def prop(season: int | None = 2027, **kw: object) -> StoryProposal:
    base: dict[str, object] = dict(person="Ann Rider", kind="transfer", status="rumour",
                                   headline="h", evidence="e", season=season, to_team="Team Blue")  # fmt: skip
    return StoryProposal(**{**base, **kw})  # type: ignore[arg-type]


def test_one_story_needs_person_kind_team_and_seasons_that_agree() -> None:
    assert same_story(prop(2027), prop(None))
    assert same_story(prop(2027), prop(2027, status="official", evidence="other words"))
    assert not same_story(prop(2027), prop(2028))
    assert not same_story(prop(), prop(to_team="Team Red"))
    assert not same_story(prop(), prop(kind="contract_extension"))
    assert not same_story(prop(), prop(person="Bo Sprinter"))
    assert prop(person_ref="person:4").person_key == "person:4"
    assert prop(person="Änn  Rider").person_key == "name:ann rider"
