"""The seventh round's third set of rules for Dutch, French, Italian and Spanish prose (and
English where the kind applies), by kind of writing, each tested with sentences of our own.

Published 10 July 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

JUL = date(2024, 7, 10)
A, C = "Astana Qazaqstan Team", "Cofidis"


# -- a conditional of leaving ("lascerebbe la X", "quitterait X") names the team left -----------
@pytest.mark.parametrize(
    "text",
    [
        "Holm verso la Cofidis\n\nKasper Holm sarebbe vicino alla Cofidis. Il danese lascerebbe"
        " la Astana al termine della stagione.",
        "Holm vers Cofidis\n\nKasper Holm serait proche de Cofidis. Le Danois quitterait"
        " Astana en fin de saison.",
        "Holm, rumbo a Cofidis\n\nKasper Holm estaría cerca del Cofidis. El danés dejaría"
        " el Astana al final de la temporada.",
        "Holm heading to Cofidis\n\nKasper Holm is close to Cofidis. The Dane would leave"
        " Astana at the end of the season.",
    ],
)
def test_a_conditional_leaving_verb_names_the_team_left(text: str) -> None:
    reading = read(text, published=JUL)
    assert moves(reading) == [("Kasper Holm", "transfer", C, 2025)]
    assert [p.from_team.name if p.from_team else None for p in reading.proposals] == [A]


# -- "the team has already announced the arrival of X": earlier news recalled, not this text's --
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm will ride for Astana next season. Cofidis regret his departure. The French"
        " team has already announced the arrival of Hugo Lemaire.",
        "Kasper Holm rijdt volgend seizoen voor Astana. Cofidis betreurt zijn vertrek."
        " De Franse ploeg heeft de komst van Hugo Lemaire al aangekondigd.",
        "Kasper Holm rejoindra Astana la saison prochaine. Chez Cofidis, on regrette"
        " ce départ. La formation nordiste a déjà annoncé l'arrivée de Hugo Lemaire.",
        "Kasper Holm correrà per l'Astana dalla prossima stagione. Alla Cofidis dispiace per la"
        " partenza. La squadra francese ha già annunciato l'arrivo di Hugo Lemaire.",
        "Kasper Holm correrá con el Astana la próxima temporada. En Cofidis lamentan su marcha."
        " El equipo francés ya ha anunciado la llegada de Hugo Lemaire.",
    ],
)
def test_an_arrival_already_announced_is_not_this_articles_news(body: str) -> None:
    reading = read(f"Holm to Astana\n\n{body}", published=date(2024, 8, 8))
    assert moves(reading) == [("Kasper Holm", "transfer", A, 2025)]


# -- "X retires; Y, her rival, is not thinking of stopping yet": a contrast, no denied retirement -
NOT_YET_BESIDE = [
    "Greta Lindqvist ends her career at the end of this season. Nina Vogel, her old rival, is"
    " not thinking of stopping yet.",
    "Greta Lindqvist stopt aan het einde van dit seizoen met koersen. Nina Vogel, haar oude"
    " rivale, denkt nog niet aan stoppen.",
    "Greta Lindqvist mettra un terme à sa carrière à la fin de la saison. Nina Vogel, sa vieille"
    " rivale, ne pense pas encore à la retraite.",
    "Greta Lindqvist chiuderà la carriera a fine stagione. Nina Vogel, la sua vecchia rivale,"
    " non pensa ancora al ritiro.",
    "Greta Lindqvist se retirará a final de temporada. Nina Vogel, su vieja rival, todavía no"
    " piensa en retirarse.",
]


@pytest.mark.parametrize("body", NOT_YET_BESIDE)
def test_a_rival_not_stopping_yet_beside_a_retirement_is_no_proposal(body: str) -> None:
    reading = read(f"Lindqvist's last season\n\n{body}", published=JUL)
    assert [(p.person.name, p.kind.value) for p in reading.proposals] == [
        ("Greta Lindqvist", "retirement")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Greta Lindqvist stopt aan het einde van dit seizoen met koersen. Volgens geruchten zou"
        " ook Nina Vogel stoppen, maar Vogel denkt nog niet aan stoppen.",
        "Greta Lindqvist mettra un terme à sa carrière à la fin de la saison. Selon des rumeurs,"
        " Nina Vogel arrêterait aussi, mais Vogel ne pense pas encore à la retraite.",
    ],
)
def test_not_stopping_yet_beside_a_rumour_of_it_stays_a_denial(body: str) -> None:
    reading = read(f"Lindqvist's last season\n\n{body}", published=JUL)
    assert [(p.person.name, p.status.value) for p in reading.proposals][1:] == [
        ("Nina Vogel", "denied")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nina Vogel ne pense pas encore à la retraite, malgré ses 36 ans.",
        "Nina Vogel non pensa ancora al ritiro, nonostante i 36 anni.",
    ],
)
def test_not_thinking_of_retirement_yet_alone_is_a_denied_retirement(text: str) -> None:
    (p,) = read(text, published=JUL).proposals
    assert (p.kind.value, p.status.value) == ("retirement", "denied")
