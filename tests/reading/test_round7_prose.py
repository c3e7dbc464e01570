"""The seventh round's rules for prose, by kind of writing, each tested with sentences of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold
from bot.domain.reading import Known
from tests.reading.lookup import FakeLookup, moves, read

NOV = date(2024, 11, 20)

# People whose given names have a short form, beside the shared test lookup's
_MORE_PEOPLE = {
    50: "Stephen Halloran",
    51: "Filippo Ranieri",
    52: "Ignacio Sáez",
    53: "Emmanuel Girard",
    54: "Koenraad Mertens",
}


@dataclass
class _Lookup(FakeLookup):
    """The shared fake lookup with a few more people."""

    def person(self, name: str) -> Known | None:
        key = fold(name)
        hits = []
        for pid, full in _MORE_PEOPLE.items():
            ref = EntityRef(EntityKind.PERSON, pid)
            if key == fold(full):
                return Known(ref, full)
            if key == fold(full).split()[-1]:
                hits.append(Known(ref, full, exact=False))
        if hits:
            return hits[0]
        return super().person(name)


# -- a short form of the registry's given name with the same surname is that person ----------
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Halloran joins Cofidis\n\nSteve Halloran will join Cofidis next season as a sports"
            " director.",
            "Stephen Halloran",
        ),
        (
            "Ranieri alla Cofidis\n\nPippo Ranieri passa alla Cofidis dalla prossima stagione.",
            "Filippo Ranieri",
        ),
        (
            "Sáez ficha por el Cofidis\n\nNacho Sáez ficha por el Cofidis para la próxima"
            " temporada.",
            "Ignacio Sáez",
        ),
        (
            "Girard chez Cofidis\n\nManu Girard rejoindra Cofidis la saison prochaine.",
            "Emmanuel Girard",
        ),
        (
            "Mertens naar Cofidis\n\nKoen Mertens rijdt volgend seizoen voor Cofidis.",
            "Koenraad Mertens",
        ),
    ],
)
def test_a_short_given_name_with_the_registrys_surname_is_that_person(text: str, who: str) -> None:
    reading = read(text, published=NOV, lookup=_Lookup())
    assert [(p.person.name, p.person.ref is not None) for p in reading.proposals] == [(who, True)]
    assert moves(reading)[0][2] == "Cofidis"


def test_a_short_form_of_another_given_name_is_not_the_person_with_that_surname() -> None:
    text = "A new name at Cofidis\n\nSteve Holm will join Cofidis next season."
    reading = read(text, published=NOV, lookup=_Lookup())
    assert all(p.person.name != "Kasper Holm" for p in reading.proposals)
