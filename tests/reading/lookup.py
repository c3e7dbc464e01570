"""A small in-memory lookup for the reader's unit tests: invented people, a few team names.

It answers the way the bot's ReaderLookup does: a full name or alias is exact; a surname that
names one person only matches, marked not exact; anything else is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold
from bot.domain.reading import Known, Reading, read_article

PEOPLE = {
    1: ("Jonas Vandersteen", ()),
    2: ("Pieter de Wolf", ()),
    3: ("Luca Bellandi", ()),
    4: ("Søren Kjærgaard", ()),
    5: ("Aksel Rønning", ()),
    6: ("Élodie Marchand", ()),
    7: ("Tomás Echeverría", ()),
    8: ("Marta Ferri", ()),
    9: ("Nina Vogel", ()),
    10: ("Kasper Holm", ()),
    11: ("Thijs van der Berg", ()),
    12: ("Ion Arrieta", ()),
    13: ("Mikel Arrieta", ()),
    14: ("Zacharias Moll", ()),
    15: ("Alexander Bakker", ()),
    16: ("Rafael Duarte", ("rafa",)),
    17: ("Hugo Lemaire", ()),
    18: ("Greta Lindqvist", ()),
    19: ("Giulia Costa Ferro", ()),  # sister and brother: a shared two-word surname
    20: ("Paolo Costa Ferro", ()),
}
TEAMS = {
    100: ("Soudal Quick-Step", ("quick-step", "soudal")),
    101: ("Movistar Team", ("movistar",)),
    102: ("Lidl-Trek", ("trek",)),
    103: ("Team Visma | Lease a Bike", ("visma", "jumbo-visma", "visma-lease a bike")),
    104: ("Groupama-FDJ", ("fdj", "groupama")),
    105: ("Alpecin-Deceuninck", ("alpecin",)),
    106: ("Cofidis", ()),
    107: ("Astana Qazaqstan Team", ("astana", "astana qazaqstan")),
    108: ("Red Bull-Bora-Hansgrohe", ("bora", "red bull", "bora-hansgrohe")),
    109: ("Tudor Pro Cycling Team", ("tudor", "tudor pro cycling")),
    110: ("UAE Team Emirates", ("uae",)),
    111: ("Uno-X Mobility", ("uno-x",)),
    112: ("EF Education-EasyPost", ("ef",)),
}


@dataclass
class FakeLookup:
    calls: list[str] = field(default_factory=list)

    def person(self, name: str) -> Known | None:
        self.calls.append(name)
        key = fold(name)
        surname_hits = []
        for pid, (full, aliases) in PEOPLE.items():
            ref = EntityRef(EntityKind.PERSON, pid)
            if key in {fold(full), *(fold(a) for a in aliases)}:
                return Known(ref, full)
            words = fold(full).split()
            if any(key == " ".join(words[k:]) for k in range(1, len(words))):
                surname_hits.append(Known(ref, full, exact=False))
        return surname_hits[0] if len(surname_hits) == 1 else None

    def team(self, name: str) -> Known | None:
        self.calls.append(name)
        key = fold(name)
        for tid, (full, aliases) in TEAMS.items():
            if key in {fold(full), *(fold(a) for a in aliases)}:
                return Known(EntityRef(EntityKind.TEAM, tid), full)
        return None


def read(
    text: str,
    *,
    published: date | None = date(2024, 9, 10),
    url: str | None = "https://news.example/story",
    lookup: FakeLookup | None = None,
) -> Reading:
    """Read `text` with the fake lookup (published 10 September 2024 unless said)."""
    return read_article(
        text, url=url, published=published, lookup=lookup or FakeLookup(), today=date(2025, 3, 1)
    )


def moves(reading: Reading) -> list[tuple]:
    """(person, kind, to team, season) of every proposal, in order."""
    return [
        (p.person.name, p.kind.value, p.to_team.name if p.to_team else None, p.season)
        for p in reading.proposals
    ]
