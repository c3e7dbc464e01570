"""The seventh round's rules for prose in Dutch, French, Italian and Spanish (and English where
the kind applies), by kind of writing, each tested with sentences of our own.

Published 20 April 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

APR = date(2024, 4, 20)


def _kinds_and_status(text: str, published: date = APR) -> list[tuple]:
    reading = read(text, published=published)
    return [(*m, p.status.value) for m, p in zip(moves(reading), reading.proposals, strict=True)]


# -- a retirement said not to happen, beside a denial of the reports: a denied retirement -------
@pytest.mark.parametrize(
    "body",
    [
        "No, Hugo Lemaire will not end his career this summer. Several papers wrote that he"
        " would stop, but the rider and Cofidis denied it.",
        "Nee, Hugo Lemaire zet geen punt achter zijn loopbaan deze zomer. Enkele kranten"
        " schreven dat hij zou stoppen, maar de renner en Cofidis ontkennen.",
        "Non, Hugo Lemaire ne mettra pas un terme à sa carrière cet été. Plusieurs journaux"
        " annonçaient son arrêt, mais le coureur et Cofidis ont démenti.",
        "No, Hugo Lemaire non chiuderà la carriera quest'estate. Alcuni giornali parlavano di"
        " un ritiro, ma il corridore e la Cofidis hanno smentito.",
        "No, Hugo Lemaire no pondrá fin a su carrera este verano. Varios diarios hablaban de su"
        " retirada, pero el corredor y el Cofidis lo han desmentido.",
    ],
)
def test_a_career_end_said_not_to_come_beside_a_denial_is_a_denied_retirement(body: str) -> None:
    text = f"Lemaire carries on\n\n{body}"
    assert _kinds_and_status(text) == [("Hugo Lemaire", "retirement", None, 2024, "denied")]


@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire is not retiring at the end of the season. He denied the reports of an"
        " early farewell on Tuesday.",
        "Hugo Lemaire stopt niet aan het einde van het seizoen. Hij ontkende dinsdag de"
        " berichten over een vroeg afscheid.",
        "Hugo Lemaire ne prendra pas sa retraite en fin de saison. Il a démenti mardi les"
        " rumeurs d'un arrêt anticipé.",
        "Hugo Lemaire non si ritira a fine stagione. Martedì ha smentito le voci di un addio"
        " anticipato.",
        "Hugo Lemaire no se retira a final de temporada. El martes desmintió los rumores de una"
        " despedida anticipada.",
    ],
)
def test_a_negated_stop_beside_a_denial_is_no_postponement(body: str) -> None:
    text = f"Lemaire carries on\n\n{body}"
    assert _kinds_and_status(text) == [("Hugo Lemaire", "retirement", None, 2024, "denied")]


@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire is not retiring yet: he races on in 2025.",
        "Hugo Lemaire stopt nog niet: hij rijdt in 2025 door.",
        "Hugo Lemaire ne prendra pas encore sa retraite : il court en 2025.",
    ],
)
def test_a_stop_put_off_without_a_denial_stays_a_postponement(body: str) -> None:
    text = f"Lemaire carries on\n\n{body}"
    reading = read(text, published=date(2024, 10, 5))
    assert [(p.kind.value, p.status.value) for p in reading.proposals] == [
        ("retirement_postponed", "official")
    ]
