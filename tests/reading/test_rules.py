"""Every reading rule with a sentence of our own: (text, the moves the reader must propose).

Published date for all: 10 September 2024 (so "next season" is 2025), unless a row says.
Each row names the rule it checks; the sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.reading.lookup import moves, read

V, M, L, Q = "Team Visma | Lease a Bike", "Movistar Team", "Lidl-Trek", "Soudal Quick-Step"
RULES = [
    # -- who moves --------------------------------------------------------------------------
    ("subject before the verb", "Jonas Vandersteen will join Movistar next season.",
     [("Jonas Vandersteen", "transfer", M, 2025)]),
    ("a team signs the name after it", "Lidl-Trek have signed Luca Bellandi for 2025.",
     [("Luca Bellandi", "transfer", L, 2025)]),
    ("the signing of", "Cofidis announced the signing of Hugo Lemaire on Tuesday, for next year.",
     [("Hugo Lemaire", "transfer", "Cofidis", 2025)]),
    ("names joined by and share the move", "Kasper Holm and Aksel Rønning both join Groupama-FDJ in 2025.",
     [("Kasper Holm", "transfer", "Groupama-FDJ", 2025), ("Aksel Rønning", "transfer", "Groupama-FDJ", 2025)]),
    ("a relative clause is about the name before it",
     "The team relies on Marta Ferri, who will leave Cofidis for Lidl-Trek next season.",
     [("Marta Ferri", "transfer", L, 2025)]),
    ("a past relative clause is background",
     "Nina Vogel, who joined Cofidis in 2022, won the stage ahead of Marta Ferri.", []),
    ("the object of a preposition does not move",
     "Luca Bellandi, who beat Pieter de Wolf in the sprint, will join Movistar in 2025.",
     [("Luca Bellandi", "transfer", M, 2025)]),
    ("a pronoun is the person the text is about",
     "Rafael Duarte had a strong Vuelta. He will race for Astana next year.",
     [("Rafael Duarte", "transfer", "Astana Qazaqstan Team", 2025)]),
    ("a description is the person the text is about",
     "Greta Lindqvist won twice in August. The Swedish climber joins Lidl-Trek for 2025.",
     [("Greta Lindqvist", "transfer", L, 2025)]),
    ("a surname alone is the person named in full", "Pieter de Wolf leaves Movistar. De Wolf will ride for Cofidis in 2025.",
     [("Pieter de Wolf", "transfer", "Cofidis", 2025)]),
    ("a nickname's surname with agreeing given names", "Alex Bakker has signed for Uno-X for 2025.",
     [("Alexander Bakker", "transfer", "Uno-X Mobility", 2025)]),
    ("his brother borrows the surname", "Mikel Arrieta stays at Cofidis. His brother Ion joins Movistar in 2025.",
     [("Ion Arrieta", "transfer", M, 2025)]),
    ("staying put is no move", "Søren Kjærgaard stays with Lidl-Trek despite interest from Movistar.", []),
    ("a result is no move", "Thijs van der Berg beat Jonas Vandersteen in the final sprint of the Tour of Denmark.", []),
    # -- kinds ------------------------------------------------------------------------------
    ("extension", "Rafael Duarte has extended his contract with Astana until the end of 2027.",
     [("Rafael Duarte", "contract_extension", "Astana Qazaqstan Team", 2025)]),
    ("retirement at the end of the season", "Élodie Marchand will retire at the end of the season, Cofidis said.",
     [("Élodie Marchand", "retirement", None, 2024)]),
    ("postponed retirement", "Kasper Holm has postponed his retirement and will race on with Uno-X in 2025.",
     [("Kasper Holm", "retirement_postponed", "Uno-X Mobility", 2025)]),
    ("comeback", "Marta Ferri makes a comeback with Lidl-Trek next season after two years away.",
     [("Marta Ferri", "comeback", L, 2025)]),
    ("staff move by role", "Coach Hugo Lemaire will join Groupama-FDJ as sports director for 2025.",
     [("Hugo Lemaire", "staff_move", "Groupama-FDJ", 2025)]),
    ("the same move borrows the destination",
     "Luca Bellandi will join Tudor in 2025. Teammate Nina Vogel is expected to make the same move.",
     [("Luca Bellandi", "transfer", "Tudor Pro Cycling Team", 2025), ("Nina Vogel", "transfer", "Tudor Pro Cycling Team", 2025)]),
    # -- languages --------------------------------------------------------------------------
    ("Dutch move", "Jonas Vandersteen rijdt volgend seizoen voor Movistar.",
     [("Jonas Vandersteen", "transfer", M, 2025)]),
    ("French move", "Hugo Lemaire rejoindra Cofidis la saison prochaine.",
     [("Hugo Lemaire", "transfer", "Cofidis", 2025)]),
    ("Italian move", "Luca Bellandi passa alla Movistar dal 2025.",
     [("Luca Bellandi", "transfer", M, 2025)]),
    ("Spanish move", "Tomás Echeverría ficha por el Cofidis para la próxima temporada.",
     [("Tomás Echeverría", "transfer", "Cofidis", 2025)]),
    ("Dutch retirement", "Thijs van der Berg stopt na dit seizoen met koersen.",
     [("Thijs van der Berg", "retirement", None, 2024)]),
    ("Italian retirement", "Marta Ferri ha annunciato il ritiro a fine stagione.",
     [("Marta Ferri", "retirement", None, 2024)]),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected"), RULES, ids=[r[0] for r in RULES])
def test_rule(rule: str, text: str, expected: list[tuple]) -> None:
    assert moves(read(text)) == expected
