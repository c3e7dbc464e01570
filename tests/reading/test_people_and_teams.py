"""Teams: which one a person leaves and joins; people and teams the database does not know."""

from __future__ import annotations

from tests.reading.lookup import read


def teams_of(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (p.from_team.name if p.from_team else None, p.to_team.name if p.to_team else None)
        for p in read(text).proposals
    ]


def test_from_and_to_by_the_words_before_them() -> None:
    assert teams_of("Kasper Holm will leave Lidl-Trek for Cofidis next season.") == [
        ("Lidl-Trek", "Cofidis")
    ]
    assert teams_of("Kasper Holm moves from Lidl-Trek to Cofidis in 2025.") == [
        ("Lidl-Trek", "Cofidis")
    ]


def test_an_announcing_team_is_the_destination() -> None:
    text = "Cofidis confirmed on Monday that Kasper Holm will join the squad in 2025."
    assert teams_of(text) == [(None, "Cofidis")]


def test_a_contract_with_the_current_team_is_the_origin() -> None:
    text = (
        "Kasper Holm, whose contract with Lidl-Trek ends this year, will ride for Cofidis in 2025."
    )
    assert teams_of(text) == [("Lidl-Trek", "Cofidis")]


def test_an_aside_about_the_past_is_no_destination() -> None:
    text = "Hugo Lemaire, a former stage winner, who has worked at Movistar since 2022, will join Cofidis in 2025."
    assert teams_of(text) == [("Movistar Team", "Cofidis")]


def test_a_headline_team_is_the_destination_of_a_move_that_names_none() -> None:
    text = "Hugo Lemaire joins Cofidis\n\nHugo Lemaire will join at the start of next season."
    assert teams_of(text) == [(None, "Cofidis")]


def test_extension_keeps_the_team_on_both_sides() -> None:
    assert teams_of("Kasper Holm has renewed with Lidl-Trek until 2027.") == [
        ("Lidl-Trek", "Lidl-Trek")
    ]


def test_a_destination_the_database_lacks_is_a_new_team_not_dropped() -> None:
    (p,) = read("Kasper Holm has signed with the Bergen Fjord Racing Team for 2025.").proposals
    assert p.to_team is not None and p.to_team.is_new
    assert p.to_team.name == "Bergen Fjord Racing Team"


def test_a_person_the_database_lacks_is_a_new_person_with_role_and_nationality() -> None:
    (p,) = read("Norwegian coach Erik Tangen will join Cofidis as head coach in 2025.").proposals
    assert (p.person.name, p.person.is_new, p.person.role, p.person.nationality) == (
        "Erik Tangen", True, "staff", "NOR",
    )  # fmt: skip
    assert p.kind.value == "staff_move" and p.to_team is not None and p.to_team.name == "Cofidis"


def test_a_new_rider_moving_between_known_teams() -> None:
    (p,) = read(
        "The young Belgian Jef Claessens leaves Lidl-Trek for Movistar next season."
    ).proposals
    assert (p.person.name, p.person.is_new, p.person.role, p.person.nationality) == (
        "Jef Claessens", True, "rider", "BEL",
    )  # fmt: skip


def test_an_unknown_name_without_a_team_is_not_proposed() -> None:
    assert read("Team boss Marc Verlinden said he was proud of the season.").proposals == ()


def test_a_possessive_name_is_no_new_team() -> None:
    assert read("Kasper Holm had been linked with Marc Verlinden's team for 2025.").proposals == ()
