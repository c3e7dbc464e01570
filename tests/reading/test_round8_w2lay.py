"""Round 8, wave 2 (w2lay): layouts' sentences, each rule tested with sentences of our own.

Live blogs and round-ups tell a move in one line of prose beside a table or a timestamp; these
tests hold the constructions such lines use.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold
from bot.domain.reading import Known
from tests.reading.lookup import FakeLookup, moves, read


# -- "will also be a Cofidis rider next season", "sources link the Belgian with X" -------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIVE: the market\n\n09:10 – Good morning.\n\n11:12 – The big one. Nina Vogel, third"
            " on Sunday, will also be a Cofidis rider next season, according to Cyclingnieuws."
            " Lidl-Trek have not commented.\n\n18:00 – That's all for today.",
            [("Nina Vogel", "transfer", "Cofidis", 2025)],
        ),
        (
            "Round-up\n\nAksel Rønning will be a Movistar rider in 2025, his agent says.",
            [("Aksel Rønning", "transfer", "Movistar Team", 2025)],
        ),
        (
            "LIVE: the market\n\n09:10 – Good morning.\n\n14:55 – One to file under maybe: Jonas"
            " Vandersteen could be on his way out of Lidl-Trek. Several sources link the Belgian"
            " with Cofidis, but talks are at an early stage.\n\n18:00 – That's all for today.",
            [("Jonas Vandersteen", "transfer", "Cofidis", 2025)],
        ),
    ],
)
def test_be_a_team_rider_and_sources_link(text: str, expected: list[tuple]) -> None:
    assert moves(read(text)) == expected


# -- a name printed longer than the registry's: its double surname is the same person ---------
@dataclass
class _Lookup(FakeLookup):
    """The shared lookup, plus a rider the registry knows without her second surname."""

    def person(self, name: str) -> Known | None:
        if fold(name) in {"mette lund", "mette haugaard lund"}:
            return Known(EntityRef(EntityKind.PERSON, 60), "Mette Lund")
        if fold(name) == "lund":
            return Known(EntityRef(EntityKind.PERSON, 60), "Mette Lund", exact=False)
        return super().person(name)


def test_double_surname_after_a_table_is_the_tables_rider() -> None:
    text = (
        "The big moves at a glance\n\n"
        "| Rider | Leaves | Joins |\n|---|---|---|\n"
        "| Mette Haugaard Lund | Movistar | Cofidis |\n"
        "| Nina Vogel | Lidl-Trek | Uno-X Mobility |\n\n"
        "Cofidis are the winners. The price for Movistar was Haugaard Lund, who swaps the Spanish"
        " team for Cofidis after four seasons."
    )
    got = moves(read(text, lookup=_Lookup()))
    assert ("Haugaard Lund", "transfer", "Cofidis", 2025) not in got
    assert ("Mette Lund", "transfer", "Cofidis", 2025) in got


# -- "at odds with the management of X": a quarrel with the team's leaders, no staff role ------
@pytest.mark.parametrize(
    "text",
    [
        "Holm signe chez Cofidis\n\nKasper Holm, en froid avec la direction de Lidl-Trek depuis"
        " des mois, s'est engagé avec Cofidis jusqu'en 2026, a annoncé l'équipe jeudi.",
        "Holm signs for Cofidis\n\nKasper Holm, at odds with the management of Lidl-Trek for"
        " months, has signed with Cofidis until 2026, the team announced on Thursday.",
        "Holm firma con Cofidis\n\nKasper Holm, enfrentado con la dirección de Lidl-Trek desde"
        " hace meses, ha firmado con Cofidis hasta 2026, anunció el equipo el jueves.",
    ],
)
def test_quarrel_with_the_management_is_no_staff_role(text: str) -> None:
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
