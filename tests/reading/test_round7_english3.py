"""The seventh round's rules for English articles (third set: live blogs, interviews, round-ups
of retirements, denials), by kind of writing, each tested with sentences of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

NOV = date(2024, 11, 20)


# -- a description that opens the sentence means the person named before it, not one named in
# -- the aside that follows it ("The Dane, who led out X for years, has retired") -------------
@pytest.mark.parametrize(
    "text",
    [
        "Søren Kjærgaard: 'Time to stop'\n\nThe Dane, who led out Luca Bellandi for years, has"
        " retired and will become a sports director at Cofidis in 2025.",
        "Søren Kjærgaard: 'Tijd om te stoppen'\n\nDe Deen, die jarenlang Luca Bellandi"
        " afzette, stopt en wordt in 2025 ploegleider bij Cofidis.",
        "Søren Kjærgaard : « Il est temps »\n\nLe Danois, qui a roulé pour Luca Bellandi pendant"
        " des années, prend sa retraite et deviendra directeur sportif chez Cofidis en 2025.",
        "Søren Kjærgaard: 'È ora di smettere'\n\nIl danese, che per anni ha lavorato per Luca"
        " Bellandi, si ritira e diventerà direttore sportivo della Cofidis nel 2025.",
        "Søren Kjærgaard: 'Es hora de parar'\n\nEl danés, que trabajó para Luca Bellandi durante"
        " años, se retira y será director deportivo del Cofidis en 2025.",
    ],
)
def test_a_description_before_an_aside_means_the_person_named_before(text: str) -> None:
    people = {m[0] for m in moves(read(text, published=NOV))}
    assert people == {"Søren Kjærgaard"}


def test_a_description_without_an_aside_still_means_the_person_told_about() -> None:
    text = (
        "Kjærgaard stops\n\nSøren Kjærgaard raced his last Tour this summer. The Dane has retired"
        " and will become a sports director at Cofidis in 2025."
    )
    assert {m[0] for m in moves(read(text, published=NOV))} == {"Søren Kjærgaard"}
