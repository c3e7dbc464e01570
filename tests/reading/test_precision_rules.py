"""The third round's rules: drop what the text does not support, read each list entry alone.

Each rule is written for a kind of writing seen on unseen articles and tested with a sentence of
our own (published 10 September 2024 unless said). Grouped by kind:

1. list entries read alone, 2. moves without a destination.
"""

from __future__ import annotations

from datetime import date

from tests.reading.lookup import moves, read

C, A, M, T = "Cofidis", "Astana Qazaqstan Team", "Movistar Team", "Tudor Pro Cycling Team"


# -- 1. list entries read alone -----------------------------------------------------------------
def test_an_out_entry_noting_a_retirement_is_one_and_its_year_is_not_its_neighbours() -> None:
    text = (
        "Cofidis for next year\n\n"
        "Cofidis\n"
        "Out: Kasper Holm (Astana), Hugo Lemaire (retiring after the 2024 season), "
        "Nina Vogel (Movistar)"
    )
    assert moves(read(text, published=date(2024, 12, 2))) == [
        ("Kasper Holm", "transfer", A, 2025),
        ("Hugo Lemaire", "retirement", None, 2024),
        ("Nina Vogel", "transfer", M, 2025),
    ]


def test_an_in_entry_joined_by_and_keeps_its_own_old_team() -> None:
    text = "Tudor\nIn: Luca Bellandi (Cofidis) and Marta Ferri (Astana)"
    reading = read(text, published=date(2024, 11, 5))
    assert moves(reading) == [
        ("Luca Bellandi", "transfer", T, 2025),
        ("Marta Ferri", "transfer", T, 2025),
    ]
    assert [p.from_team.name for p in reading.proposals if p.from_team] == [C, A]


# -- 2. moves without a destination ---------------------------------------------------------------
NO_DESTINATION = [
    "Kasper Holm could be leaving Cofidis when his deal runs out.",
    "Thijs van der Berg verlaat Movistar na drie seizoenen.",
    "Hugo Lemaire quittera Cofidis à la fin de l'année.",
]


def test_a_departure_that_names_no_destination_is_not_proposed() -> None:
    for text in NO_DESTINATION:
        assert moves(read(text)) == [], text


def test_a_departure_with_its_destination_is_still_proposed() -> None:
    text = "Kasper Holm is leaving Cofidis for Astana next season."
    assert moves(read(text)) == [("Kasper Holm", "transfer", A, 2025)]
