"""Round 8, wave 2 (w2en): English prose's missed moves and wrong fields, each rule tested with
sentences of our own (published 10 September 2024 unless said)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read


# -- a fronted background clause ("after she retired, ...") hides its own words, not the main
# clause's move and year that follow it in the same sentence ----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nina Vogel to return to racing with Movistar\n\nTwo years after she retired, the"
            " German will race for Movistar Team from 2026, the team announced.",
            ("Nina Vogel", "comeback", "Movistar Team", 2026),
        ),
        (
            "Kasper Holm joins Cofidis\n\nSince he left Lidl-Trek, Kasper Holm has trained alone;"
            " he will ride for Cofidis from 2026.",
            ("Kasper Holm", "transfer", "Cofidis", 2026),
        ),
        (
            "Aksel Rønning joins Cofidis\n\nAfter he left Lidl-Trek, Aksel Rønning signed for"
            " Cofidis until 2027, starting in 2026.",
            ("Aksel Rønning", "transfer", "Cofidis", 2026),
        ),
    ],
)
def test_background_clause_before_the_move_keeps_its_year(text: str, expected: tuple) -> None:
    assert expected in moves(read(text))


# -- a rider who had stopped "is coming back": a comeback (its team and year told beside it) -------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nina Vogel is coming back: the German will ride for Movistar Team in 2025.",
            ("Nina Vogel", "comeback", "Movistar Team", 2025),
        ),
        (
            "Two years after stepping off the bike, Greta Lindqvist is coming back: she will ride"
            " for Uno-X Mobility next season.",
            ("Greta Lindqvist", "comeback", "Uno-X Mobility", 2025),
        ),
    ],
)
def test_coming_back_is_a_comeback(text: str, expected: tuple) -> None:
    assert expected in moves(read(text))


def test_coming_back_from_an_injury_is_no_comeback() -> None:
    text = (
        "Kasper Holm is coming back from his broken collarbone and will race again for Cofidis"
        " at the Tour of Britain."
    )
    assert not [m for m in moves(read(text)) if m[1] == "comeback"]


# -- a column's section headed by one team: a move there that names no destination joins it -----
_COLUMN = (
    "Opinion: the winners of the winter\n\n"
    "The market is closed. Here are the teams that did best.\n\n"
    "1. Cofidis: experience\n"
    "The arrival of Kasper Holm from Lidl-Trek gives the team a road captain. Aksel Rønning,"
    " who comes over from Movistar, adds a sprinter.\n\n"
    "2. Uno-X Mobility: youth\n"
    "Jonas Vandersteen leaves Groupama-FDJ after six seasons and Hugo Lemaire crosses over"
    " from Alpecin-Deceuninck.\n\n"
    "3. The losers\n"
    "Tudor still have Luca Bellandi, who stays."
)


def test_a_team_heading_gives_its_section_moves_their_destination() -> None:
    found = moves(read(_COLUMN, published=date(2024, 11, 14)))
    assert ("Kasper Holm", "transfer", "Cofidis", 2025) in found
    assert ("Aksel Rønning", "transfer", "Cofidis", 2025) in found
    assert ("Jonas Vandersteen", "transfer", "Uno-X Mobility", 2025) in found
    assert ("Hugo Lemaire", "transfer", "Uno-X Mobility", 2025) in found
    assert not [m for m in found if m[0] == "Luca Bellandi"]


def test_a_heading_naming_the_person_or_a_sentence_is_no_team_heading() -> None:
    text = (
        "Market notes\n\nThe market is closed.\n\nCofidis have had a quiet winter.\n"
        "Kasper Holm leaves Lidl-Trek after six seasons."
    )
    assert not [m for m in moves(read(text, published=date(2024, 11, 14))) if m[2] == "Cofidis"]


# -- "closed a 14-year career": a career's length in place of a possessive ---------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm closed a 14-season career at the end of the 2024 campaign.",
        "Kasper Holm will end a twelve-year career with Cofidis at the end of the season.",
    ],
)
def test_a_career_of_some_length_ended_is_a_retirement(body: str) -> None:
    found = moves(read(f"Holm stops\n\n{body}", published=date(2024, 10, 2)))
    assert [m for m in found if m[:2] == ("Kasper Holm", "retirement") and m[3] == 2024]


def test_a_career_of_some_length_told_in_the_past_is_no_news() -> None:
    body = "Kasper Holm, who ended a 14-season career in 2021, now works as a pundit."
    assert not moves(read(f"Pundits\n\n{body}", published=date(2024, 10, 2)))


# -- a retiring rider "staying with the team next year", a staff role named beside it ----------
_STAYS_ON = (
    "Holm stops\n\nKasper Holm will end his career at Cofidis at the end of the season."
    ' "I will be staying with the team next year, just not on the bike," Holm said. "{role}"'
)


def test_a_retiring_rider_staying_with_the_team_in_a_role_is_a_staff_move() -> None:
    text = _STAYS_ON.format(role="Sports director is the job we talked about.")
    found = moves(read(text, published=date(2024, 9, 10)))
    assert ("Kasper Holm", "staff_move", "Cofidis", 2025) in found
    assert ("Kasper Holm", "retirement", None, 2024) in found


def test_staying_with_the_team_without_a_role_or_a_retirement_is_no_staff_move() -> None:
    no_role = _STAYS_ON.format(role="I will help wherever I can.")
    riding_on = (
        "Holm stays\n\nKasper Holm will be staying with Cofidis next year. His sports director"
        " is happy."
    )
    for text in (no_role, riding_on):
        assert not [m for m in moves(read(text)) if m[1] == "staff_move"]


# -- a staff role in a fronted phrase ("after ... to become a coach,") is not the subject after
# the comma: the rider's description there means the person the text is about -----------------
def test_a_description_after_a_fronted_staff_role_is_the_rider() -> None:
    text = (
        "Aksel Rønning on his return to racing\n\nTwo years after stepping off the bike to become"
        " a sports director, the Norwegian is coming back with Uno-X Mobility."
    )
    assert [m for m in moves(read(text)) if m[:2] == ("Aksel Rønning", "comeback")]


def test_a_staff_member_described_after_a_comma_is_still_no_mover() -> None:
    text = "Cofidis news\n\nAfter a long meeting, the team manager is coming back to the hotel."
    assert not moves(read(text))


# -- the break told of a description, then "announced that <the headline's person> will race
# again for X in 2026": the comeback's team and season ----------------------------------------
def test_racing_again_reported_of_the_headlines_person_dates_the_comeback() -> None:
    text = (
        "Nina Vogel on her comeback\n\nTwo years after she retired, the German is coming back."
        " Movistar confirmed that Nina Vogel will race again for Movistar Team in 2026."
    )
    assert ("Nina Vogel", "comeback", "Movistar Team", 2026) in moves(read(text))


def test_racing_again_reported_of_another_rider_is_no_comeback() -> None:
    text = (
        "Nina Vogel on her comeback\n\nTwo years after she retired, the German is coming back."
        " Movistar confirmed that Greta Lindqvist will race again for Movistar Team in 2026."
    )
    assert not [m for m in moves(read(text)) if m[0] == "Greta Lindqvist"]


# -- "the team will put something out when they're ready": not announced yet ------------------
def test_an_announcement_put_out_later_is_not_official_yet() -> None:
    reading = read(
        "Holm joins Cofidis\n\nKasper Holm will join Cofidis next year. The paperwork is done,"
        " the team will put something out when they are ready."
    )
    assert [p.status.value for p in reading.proposals] == ["reported"]
