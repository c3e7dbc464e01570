"""Round 8, wave 2 (w2prec): precision rules for prose, each tested with sentences of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold
from bot.domain.reading import Known
from tests.reading.lookup import FakeLookup, read

NOV = date(2024, 11, 20)


@dataclass
class _Lookup(FakeLookup):
    """The shared fake lookup, plus a rider the registry knows without her second surname."""

    def person(self, name: str) -> Known | None:
        key = fold(name)
        ref = EntityRef(EntityKind.PERSON, 60)
        if key in {"maren lindqvist", "maren holt lindqvist"}:
            return Known(ref, "Maren Lindqvist")
        if key == "lindqvist":
            return Known(ref, "Maren Lindqvist", exact=False)
        return super().person(name)


# -- a double surname written in full once, then alone, is the same person --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Winter moves\n\nMaren Holt Lindqvist leaves Cofidis for Lidl-Trek next season. The team"
        " will miss Holt Lindqvist, who swaps the French squad for Lidl-Trek after four years.",
        "Mercato invernale\n\nMaren Holt Lindqvist lascia la Cofidis per la Lidl-Trek. Holt"
        " Lindqvist passa alla Lidl-Trek dopo quattro stagioni.",
        "Mercato d'hiver\n\nMaren Holt Lindqvist quitte Cofidis pour Lidl-Trek. Holt Lindqvist"
        " rejoint Lidl-Trek après quatre saisons.",
    ],
)
def test_a_written_double_surname_alone_is_the_person_named_in_full(text: str) -> None:
    reading = read(text, published=NOV, lookup=_Lookup())
    names = {p.person.name for p in reading.proposals}
    assert names == {"Maren Lindqvist"}
