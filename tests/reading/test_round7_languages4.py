"""The seventh round's fourth set of rules for Dutch, French, Italian and Spanish prose (and
English where the kind applies), by kind of writing, each tested with sentences of our own.

Published 16 August 2023 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

AUG = date(2023, 8, 16)
A, C = "Astana Qazaqstan Team", "Cofidis"


# -- "will ride the next two seasons, until 2025, for X": a move, the span its length ----------
@pytest.mark.parametrize(
    "body",
    [
        "It is official. Kasper Holm will ride the next two seasons, until 2025, for Cofidis.",
        "È ufficiale. Kasper Holm correrà le prossime due stagioni, fino al 2025, con la Cofidis.",
        "C'est officiel. Kasper Holm courra les deux prochaines saisons, jusqu'en 2025,"
        " chez Cofidis.",
        "Ya es oficial. Kasper Holm correrá las dos próximas temporadas, hasta 2025, en el"
        " Cofidis.",
    ],
)
def test_riding_the_next_seasons_for_a_team_is_a_move(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=AUG)
    assert moves(reading) == [("Kasper Holm", "transfer", C, 2024)]
    assert [p.contract_end for p in reading.proposals] == [2025]


# -- "correrá la Vuelta con el X": a race ridden with the team he has, not a move --------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm correrá la Vuelta con el Astana antes de su marcha.",
        "Kasper Holm correrá el Tour con el Astana antes de su marcha.",
    ],
)
def test_riding_a_race_with_a_team_is_no_move(body: str) -> None:
    assert moves(read(f"Holm\n\nKasper Holm firma con el Cofidis. {body}", published=AUG)) == [
        ("Kasper Holm", "transfer", C, 2024)
    ]


def test_riding_with_a_team_is_still_a_move() -> None:
    text = "Holm\n\nKasper Holm correrá con el Astana la próxima temporada."
    assert moves(read(text, published=AUG)) == [("Kasper Holm", "transfer", A, 2024)]


# -- "leaves behind four seasons at X": the seasons are the past, X the team left -------------
@pytest.mark.parametrize(
    "body",
    [
        "Cofidis have signed Kasper Holm for 2024. The Dane leaves behind three seasons at"
        " Astana, where he rode for the leaders.",
        "Cofidis ha fichado a Kasper Holm para 2024. El danés deja atrás tres temporadas en el"
        " Astana, donde trabajó para los líderes.",
    ],
)
def test_seasons_left_behind_at_a_team_name_the_team_left(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=date(2023, 12, 1))
    assert moves(reading) == [("Kasper Holm", "transfer", C, 2024)]
    assert [p.from_team.name if p.from_team else None for p in reading.proposals] == [A]


# -- "X goes with Y: signs for Z": the name after "with" is the one X joins, not the announced -
@pytest.mark.parametrize(
    "headline",
    [
        "Kasper Holm goes with Luca Bellandi: signs for Cofidis",
        "Kasper Holm part avec Luca Bellandi: il signe chez Cofidis",
        "Kasper Holm va con Luca Bellandi: firma con la Cofidis",
        "Kasper Holm se va con Luca Bellandi: firma con el Cofidis",
    ],
)
def test_a_name_after_with_before_a_colon_is_the_companion(headline: str) -> None:
    reading = read(f"{headline}\n\nThe news came on Friday.", published=AUG)
    assert moves(reading) == [("Kasper Holm", "transfer", C, 2024)]


# -- "X, die in februari bijtekende tot 2028, ...": a renewal told in the past in an aside ------
def test_a_renewal_told_in_the_past_in_a_dutch_aside_is_history() -> None:
    text = (
        "Holm naar Cofidis\n\nKasper Holm rijdt volgend jaar voor Cofidis. Ploeggenoot Luca"
        " Bellandi, die in maart bijtekende tot 2027, reageerde verrast."
    )
    assert moves(read(text, published=AUG)) == [("Kasper Holm", "transfer", C, 2024)]


# -- "keert terug naar een klassiekerploeg": a return to a kind of team names no team ----------
@pytest.mark.parametrize(
    "line",
    [
        "- Kasper Holm (naar Astana). De Deen keert terug naar een klassiekerploeg.",
        "- Kasper Holm (to Astana). The Dane returns to a classics team.",
    ],
)
def test_a_return_to_a_kind_of_team_names_no_team(line: str) -> None:
    text = f"Cofidis 2025\n\nVERTREKKEN\n{line}"
    reading = read(text, published=date(2024, 12, 9))
    assert moves(reading) == [("Kasper Holm", "transfer", A, 2025)]


def test_a_bare_dutch_return_is_still_a_comeback() -> None:
    text = "Holm keert terug\n\nKasper Holm keert terug bij Cofidis na een jaar zonder koers."
    assert [p.kind.value for p in read(text, published=AUG).proposals] == ["comeback"]


# -- Dutch "vertrekt": the team that announces a bare departure, or "vertrekt ... bij X", is left
@pytest.mark.parametrize(
    "body",
    [
        "Ter herinnering: Astana bevestigde vorige week al dat Kasper Holm na dit seizoen"
        " vertrekt.",
        "Kasper Holm vertrekt na dit seizoen bij Astana.",
    ],
)
def test_a_dutch_departure_names_the_team_left_not_a_destination(body: str) -> None:
    assert moves(read(f"Transfernieuws\n\n{body}", published=AUG)) == []


def test_a_dutch_departure_with_a_destination_names_both() -> None:
    text = "Holm\n\nKasper Holm vertrekt na dit seizoen bij Astana en rijdt voor Cofidis."
    reading = read(text, published=AUG)
    assert moves(reading) == [("Kasper Holm", "transfer", C, 2024)]
    assert [p.from_team.name if p.from_team else None for p in reading.proposals] == [A]


# -- a headline of several moves ("A to X, B to Y"): each person takes the team beside them ------
@pytest.mark.parametrize(
    "text",
    [
        "Transfers: Kasper Holm to Cofidis, Luca Bellandi to Astana\n\nThe French team made"
        " official on Friday the arrival of Kasper Holm, out of contract at the end of the season.",
        "Mercato : Kasper Holm chez Cofidis, Luca Bellandi à Astana\n\nLa formation nordiste a"
        " officialisé vendredi l'arrivée de Kasper Holm, en fin de contrat.",
        "Mercato: Kasper Holm alla Cofidis, Luca Bellandi all'Astana\n\nLa squadra francese ha"
        " ufficializzato venerdì l'arrivo di Kasper Holm, in scadenza di contratto.",
        "Fichajes: Kasper Holm al Cofidis, Luca Bellandi al Astana\n\nEl equipo francés hizo"
        " oficial el viernes la llegada de Kasper Holm, que termina contrato.",
    ],
)
def test_a_headline_of_several_moves_gives_each_the_team_beside_them(text: str) -> None:
    reading = read(text, published=AUG)
    assert ("Kasper Holm", "transfer", C, 2024) in moves(reading)
    assert ("Kasper Holm", "transfer", A, 2024) not in moves(reading)


def test_a_headline_part_that_leaves_a_team_gives_no_destination() -> None:
    text = (
        "Holm lijkt Astana te verlaten: Cofidis en Luca Bellandi's ploeg in de race\n\n"
        "Kasper Holm zit volgend jaar mogelijk niet meer bij Astana."
    )
    assert ("Kasper Holm", "transfer", A, 2024) not in moves(read(text, published=AUG))


# -- "la direction avait prolongé X": the team's leaders extend someone; not the rumour's rider --
@pytest.mark.parametrize(
    "text",
    [
        "Kasper Holm vers Cofidis ?\n\nKasper Holm serait en négociations avec Cofidis pour 2025."
        " Il est en fin de contrat chez Astana. En mars, la direction kazakhe avait prolongé Luca"
        " Bellandi jusqu'en 2027.",
        "Kasper Holm verso la Cofidis?\n\nKasper Holm sarebbe in trattativa con la Cofidis per il"
        " 2025. È in scadenza con l'Astana. A marzo la dirigenza kazaka aveva rinnovato Luca"
        " Bellandi fino al 2027.",
        "Kasper Holm, rumbo al Cofidis\n\nKasper Holm estaría negociando con el Cofidis para 2025."
        " Acaba contrato con el Astana. En marzo, la dirección kazaja había renovado a Luca"
        " Bellandi hasta 2027.",
    ],
)
def test_an_extension_by_the_team_leaders_is_not_the_rumoured_riders(text: str) -> None:
    found = moves(read(text, published=date(2024, 4, 16)))
    assert ("Kasper Holm", "transfer", C, 2025) in found
    assert all(m[0] != "Kasper Holm" or m[1] == "transfer" for m in found)


def test_heading_for_a_team_is_no_team_leadership() -> None:
    text = "Holm\n\nKasper Holm prend la direction de Cofidis pour 2025."
    assert moves(read(text, published=date(2024, 8, 16))) == [("Kasper Holm", "transfer", C, 2025)]


# -- "a annoncé qu'il mettrait un terme à sa carrière": the future told in the past ------------
def test_a_french_retirement_told_as_a_future_in_the_past_is_news() -> None:
    text = (
        "Holm arrête\n\nKasper Holm a annoncé lundi qu'il mettrait un terme à sa carrière à"
        " l'issue de la Flèche wallonne 2025."
    )
    found = [(p.person.name, p.kind.value, p.season) for p in read(text, published=AUG).proposals]
    assert found == [("Kasper Holm", "retirement", 2025)]
