"""The seventh round's fifth set of rules for Dutch, French, Italian and Spanish prose, by kind
of writing, each tested with sentences of our own.

Published 16 August 2023 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

AUG = date(2023, 8, 16)


# -- "la saison 2024 sera sa dernière": the season as the subject of a farewell ---------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm heeft dinsdag laten weten dat het seizoen 2024 zijn laatste wordt.",
        "Kasper Holm zei dinsdag: het seizoen 2024 wordt zijn laatste.",
        "Kasper Holm a expliqué mardi que la saison 2024 sera sa dernière chez les pros.",
        "Kasper Holm ha spiegato martedì che la stagione 2024 sarà la sua ultima.",
        "Kasper Holm explicó el martes que la temporada 2024 será su última.",
    ],
)
def test_the_season_as_subject_of_a_farewell_is_a_retirement(body: str) -> None:
    assert moves(read(f"Holm\n\n{body}", published=AUG)) == [
        ("Kasper Holm", "retirement", None, 2024)
    ]


# -- "hangt zijn fiets eind 2024 aan de haak": a time phrase inside the idiom -----------------
@pytest.mark.parametrize("when", ["eind 2024", "aan het eind van 2024", "na volgend seizoen"])
def test_a_time_inside_the_bike_hung_up_is_a_retirement(when: str) -> None:
    text = f"Holm\n\nKasper Holm hangt zijn fiets {when} aan de haak."
    assert moves(read(text, published=AUG)) == [("Kasper Holm", "retirement", None, 2024)]


def test_the_bike_not_hung_up_yet_is_no_retirement() -> None:
    text = "Holm\n\nKasper Holm hangt zijn fiets eind 2024 nog niet aan de haak."
    assert moves(read(text, published=AUG)) == []


# -- "after his deal with X ran out, signed with Y": the expired deal names the team left -----
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm, left without a team after the expiry of his deal with Astana, has signed"
        " with Cofidis for 2024.",
        "Kasper Holm, zonder ploeg na het aflopen van zijn akkoord met Astana, heeft getekend"
        " bij Cofidis voor 2024.",
        "Kasper Holm, sans équipe après la fin de son accord avec Astana, a signé avec Cofidis"
        " pour 2024.",
        "Kasper Holm, rimasto a piedi dopo la scadenza dell'accordo con l'Astana, ha firmato"
        " con la Cofidis per il 2024.",
        "Kasper Holm, sin equipo tras el fin de su acuerdo con el Astana, ha firmado con el"
        " Cofidis para 2024.",
    ],
)
def test_a_deal_that_ran_out_names_the_team_left(body: str) -> None:
    reading = read(f"Holm\n\n{body}", published=AUG)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2024)]
    assert [p.from_team.name if p.from_team else None for p in reading.proposals] == [
        "Astana Qazaqstan Team"
    ]


# -- "passa subito alla X": a move at once, in the season it is told in -----------------------
@pytest.mark.parametrize(
    "headline",
    [
        "Holm lascia l'Astana: passa subito alla Cofidis",
        "Holm lascia l'Astana e correrà subito con la Cofidis",
    ],
)
def test_a_move_at_once_is_this_season(headline: str) -> None:
    body = "Kasper Holm ha risolto il contratto con l'Astana e correrà con la Cofidis."
    assert moves(read(f"{headline}\n\n{body}", published=AUG)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2023)
    ]


# -- "rode the last race of his career": the career's end told by its last race ---------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm rode the last race of his career on Sunday in Lombardy.",
        "Kasper Holm reed zondag in Lombardije de laatste koers van zijn carrière.",
        "Kasper Holm a disputé dimanche en Lombardie la dernière course de sa carrière.",
        "Kasper Holm ha disputato domenica in Lombardia l'ultima corsa della sua carriera.",
        "Kasper Holm disputó el domingo en Lombardía la última carrera de su carrera.",
    ],
)
def test_the_last_race_of_a_career_is_a_retirement(body: str) -> None:
    assert moves(read(f"Holm\n\n{body}", published=AUG)) == [
        ("Kasper Holm", "retirement", None, 2023)
    ]
