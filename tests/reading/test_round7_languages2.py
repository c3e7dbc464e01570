"""The seventh round's rules for prose and round-ups in Dutch, French, Italian and Spanish (and
English where the kind applies), by kind of writing, each tested with sentences of our own.

Published 20 April 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

APR = date(2024, 4, 20)


# -- a pluperfect with "already": a renewal told as background to a team's search ---------------
@pytest.mark.parametrize(
    "body",
    [
        "Cofidis want to strengthen. Hugo Lemaire was also an option, but he had already renewed"
        " in January.",
        "Cofidis wil zich versterken. Hugo Lemaire was ook een optie, maar hij had al verlengd in"
        " januari.",
        "Cofidis veut se renforcer. Hugo Lemaire intéressait aussi, mais il avait déjà prolongé"
        " en janvier.",
        "La Cofidis vuole rinforzarsi. Anche Hugo Lemaire interessava, ma aveva già rinnovato a"
        " gennaio.",
        "El Cofidis quiere reforzarse. Hugo Lemaire también interesaba, pero ya había renovado en"
        " enero.",
    ],
)
def test_a_renewal_told_in_the_pluperfect_with_already_is_background(body: str) -> None:
    text = f"Cofidis look for climbers\n\n{body}"
    assert moves(read(text, published=APR)) == []


# -- a comeback said not to come: the rider stops, no comeback ----------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Nina Vogel will not return to racing. The Cofidis rider has announced her retirement.",
        "Nina Vogel maakt geen comeback. De renster van Cofidis zet een punt achter haar carrière.",
        "Nina Vogel ne fera pas de come-back. La coureuse de Cofidis a annoncé sa retraite.",
        "Nina Vogel non tornerà a correre: ha annunciato il ritiro dalle corse.",
        "Nina Vogel no volverá a competir. La corredora del Cofidis ha anunciado su retirada.",
    ],
)
def test_a_comeback_said_not_to_come_is_no_comeback(body: str) -> None:
    text = f"Vogel stops\n\n{body}"
    assert [m[:2] for m in moves(read(text, published=APR))] == [("Nina Vogel", "retirement")]


def test_a_comeback_denied_beside_a_denial_stays_a_denied_comeback() -> None:
    text = "Vogel stays retired\n\nNina Vogel denied the rumours: she will not return to racing."
    reading = read(text, published=APR)
    assert ("comeback", "denied") in [(p.kind.value, p.status.value) for p in reading.proposals]
