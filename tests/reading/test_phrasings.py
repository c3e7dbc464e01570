"""More ways of writing each kind of move, in five languages (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.reading.lookup import moves, read

C, L, M, A = "Cofidis", "Lidl-Trek", "Movistar Team", "Astana Qazaqstan Team"
PHRASINGS = [
    # extensions
    ("Kasper Holm has signed a new two-year deal with Cofidis.", [("Kasper Holm", "contract_extension", C, 2025)]),
    ("Cofidis have extended the contract of Kasper Holm until 2027.", [("Kasper Holm", "contract_extension", C, 2025)]),
    ("Kasper Holm verlengt zijn contract bij Cofidis tot eind 2027.", [("Kasper Holm", "contract_extension", C, 2025)]),
    ("Kasper Holm prolonge avec Cofidis jusqu'en 2027.", [("Kasper Holm", "contract_extension", C, 2025)]),
    ("Kasper Holm rinnova con la Cofidis fino al 2027.", [("Kasper Holm", "contract_extension", C, 2025)]),
    ("Kasper Holm renueva con el Cofidis hasta 2027.", [("Kasper Holm", "contract_extension", C, 2025)]),
    # postponed retirements
    ("Nina Vogel has put her retirement on hold and will race another season with Lidl-Trek.", [("Nina Vogel", "retirement_postponed", L, 2025)]),
    ("Nina Vogel stelt haar afscheid uit en rijdt nog een jaar door bij Lidl-Trek.", [("Nina Vogel", "retirement_postponed", L, 2025)]),
    ("Nina Vogel repousse sa retraite et courra encore une saison avec Lidl-Trek.", [("Nina Vogel", "retirement_postponed", L, 2025)]),
    ("Nina Vogel rinvia il ritiro e correrà ancora un anno con la Lidl-Trek.", [("Nina Vogel", "retirement_postponed", L, 2025)]),
    ("Nina Vogel aplaza su retirada y correrá una temporada más con el Lidl-Trek.", [("Nina Vogel", "retirement_postponed", L, 2025)]),
    # comebacks
    ("Hugo Lemaire is coming out of retirement to ride for Cofidis next season.", [("Hugo Lemaire", "comeback", C, 2025)]),
    ("Hugo Lemaire maakt zijn comeback bij Cofidis.", [("Hugo Lemaire", "comeback", C, 2024)]),
    # staff
    ("Cofidis have appointed Rafael Duarte as sports director for 2025.", [("Rafael Duarte", "staff_move", C, 2025)]),
    ("Rafael Duarte wordt vanaf volgend seizoen ploegleider bij Cofidis.", [("Rafael Duarte", "staff_move", C, 2025)]),
    ("Rafael Duarte devient directeur sportif chez Cofidis la saison prochaine.", [("Rafael Duarte", "staff_move", C, 2025)]),
    ("Rafael Duarte sarà il nuovo direttore sportivo della Cofidis dal 2025.", [("Rafael Duarte", "staff_move", C, 2025)]),
    ("Rafael Duarte será director deportivo del Cofidis a partir de 2025.", [("Rafael Duarte", "staff_move", C, 2025)]),
    # retirements
    ("Marta Ferri calls time on her career after this season.", [("Marta Ferri", "retirement", None, 2024)]),
    ("Marta Ferri met un terme à sa carrière à la fin de la saison.", [("Marta Ferri", "retirement", None, 2024)]),
    ("Marta Ferri appende la bici al chiodo a fine stagione.", [("Marta Ferri", "retirement", None, 2024)]),
    ("Marta Ferri colgará la bicicleta al final de la temporada.", [("Marta Ferri", "retirement", None, 2024)]),
    # transfers in other shapes
    ("Astana have confirmed that Luca Bellandi will join them next year.", [("Luca Bellandi", "transfer", A, 2025)]),
    ("Luca Bellandi's move to Astana for 2025 is done.", [("Luca Bellandi", "transfer", A, 2025)]),
    ("\"I will ride for Astana next year,\" Luca Bellandi told reporters.", [("Luca Bellandi", "transfer", A, 2025)]),
    ("Luca Bellandi staat in de belangstelling van Astana voor volgend seizoen.", [("Luca Bellandi", "transfer", A, 2025)]),
    ("Luca Bellandi est dans le viseur d'Astana pour la saison prochaine.", [("Luca Bellandi", "transfer", A, 2025)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PHRASINGS, ids=[p[0][:48] for p in PHRASINGS])
def test_phrasing(text: str, expected: list[tuple]) -> None:
    assert moves(read(text)) == expected
