"""The fifth round's rules, by kind of writing, each tested with a sentence of our own.

Published 10 September 2024 unless said.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold
from bot.domain.pelotons import Pelotons
from bot.domain.reading import Known
from tests.reading.lookup import FakeLookup, moves, read

WOMEN_MOVISTAR = EntityRef(EntityKind.TEAM, 201)
MARTA = EntityRef(EntityKind.PERSON, 8)  # Marta Ferri, who rides in the women's peloton


@dataclass
class PelotonLookup(FakeLookup):
    """The fake lookup, plus a women's Movistar Team that Marta Ferri's history points to."""

    def team_for(self, name: str, person: EntityRef) -> Known | None:
        if person == MARTA and fold(name) in {"movistar", "movistar team"}:
            return Known(WOMEN_MOVISTAR, "Movistar Team")
        return None


# -- women's peloton: a name two lineages carry is the mover's peloton's ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ferri joins Movistar\n\nMarta Ferri will ride for Movistar Team from 2025.",
        "Ferri naar Movistar\n\nMarta Ferri rijdt vanaf 2025 voor Movistar Team.",
        "Ferri ficha por el Movistar\n\nMarta Ferri correrá en el Movistar Team desde 2025.",
    ],
)
def test_a_woman_joining_a_sponsors_team_joins_its_womens_lineage(text: str) -> None:
    reading = read(text, lookup=PelotonLookup())
    assert [(p.person.name, p.to_team.ref if p.to_team else None) for p in reading.proposals] == [
        ("Marta Ferri", WOMEN_MOVISTAR)
    ]


def test_a_man_joining_the_same_name_keeps_the_likeliest_lineage() -> None:
    text = "Holm joins Movistar\n\nKasper Holm will ride for Movistar Team from 2025."
    reading = read(text, lookup=PelotonLookup())
    assert moves(reading) == [("Kasper Holm", "transfer", "Movistar Team", 2025)]
    assert reading.proposals[0].to_team.ref == EntityRef(EntityKind.TEAM, 101)


def test_pelotons_group_teams_by_the_riders_they_share() -> None:
    # riders 1-2 ride for men's teams 10, 11; riders 3-4 for women's teams 20, 21
    groups = Pelotons([(1, 10), (1, 11), (2, 11), (3, 20), (3, 21), (4, 21)])
    assert groups.of_team(10) == groups.of_team(11) == groups.of_person(2)
    assert groups.of_team(20) == groups.of_team(21) == groups.of_person(4)
    assert groups.of_team(10) != groups.of_team(20)
    assert groups.of_person(99) is None and groups.of_team(99) is None


# -- credits: the phrasings outlets are credited with, in every language -----------------------
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Holm al Cofidis\n\nKasper Holm correrá en el Cofidis en 2025, según informa AS.", "AS"),
        ("Holm al Cofidis\n\nKasper Holm fichará por el Cofidis, adelanta MARCA.", "Marca"),
        (
            "Holm al Cofidis\n\nKasper Holm fichará por el Cofidis, tal y como ha podido saber "
            "Relevo.",
            "Relevo",
        ),
        (
            "Holm al Cofidis\n\nSegún las informaciones de Marca, Kasper Holm fichará por el "
            "Cofidis.",
            "Marca",
        ),
        ("Holm to Cofidis\n\nAs first reported by Marca, Kasper Holm will join Cofidis.", "Marca"),
        (
            "Holm to Cofidis\n\nKasper Holm will join Cofidis, sources close to the rider told "
            "Velo Weekly.",
            "Velo Weekly",
        ),
        ("Holm to Cofidis\n\nPedal Post understands that Kasper Holm will join Cofidis.", None),
        (
            "Holm chez Cofidis\n\nKasper Holm rejoindra Cofidis, comme l'a révélé Ouest-France.",
            "Ouest-France",
        ),
        (
            "Holm chez Cofidis\n\nSelon les informations de Vélo Hebdo, Kasper Holm rejoindra "
            "Cofidis.",
            "Vélo Hebdo",
        ),
        (
            "Holm alla Cofidis\n\nSecondo quanto appreso da Tuttobiciweb, Kasper Holm correrà con "
            "la Cofidis.",
            "Tuttobiciweb",
        ),
        ("Holm alla Cofidis\n\nLo riporta Bicisport: Kasper Holm correrà con la Cofidis.", None),
        (
            "Holm naar Cofidis\n\nKasper Holm rijdt volgend jaar voor Cofidis, berichtte Sporza.",
            "Sporza",
        ),
    ],
)
def test_an_outlet_credited_in_the_text_is_the_source(text: str, outlet: str | None) -> None:
    reading = read(text)
    assert [p.person.name for p in reading.proposals] == ["Kasper Holm"]
    p = reading.proposals[0]
    assert p.status.value == "reported"
    if outlet is not None:
        assert p.credit == outlet
    else:
        assert p.credit is not None
