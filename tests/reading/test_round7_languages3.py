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
