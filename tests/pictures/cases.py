"""Fixed charts for the reference images and the bench: hand-made, so data changes move nothing."""

from __future__ import annotations

import itertools

from bot.domain.models import Status
from bot.pictures import CareerChart, Move, Side, Spell, StoryMark, TeamSeasonChart
from bot.pictures.model import STATUS_ORDER

TEAMS = (
    ("soudal-quick-step", "Soudal Quick-Step"),
    ("team-visma-lease-a-bike", "Team Visma | Lease a Bike"),
    ("uae-team-emirates", "UAE Team Emirates"),
    ("ineos-grenadiers", "INEOS Grenadiers"),
    ("lidl-trek", "Lidl-Trek"),
    ("astana-qazaqstan", "Astana Qazaqstan Team"),
    ("movistar-team", "Movistar Team"),
    ("bora-hansgrohe", "Red Bull-BORA-hansgrohe"),
    ("ef-education", "EF Education-EasyPost"),
    ("groupama-fdj", "Groupama-FDJ"),
)
AS_OF = "5 Dec 2026"


def career(first: int, seasons: int, *, long_names: bool = False) -> CareerChart:
    """A rider of `seasons` seasons from `first` over five teams, a rename, then staff years."""
    spells: list[Spell] = []
    riding = seasons - 4
    cuts = [0, 3, 5, 9, 12, riding]
    for i, (a, b) in enumerate(itertools.pairwise(cuts)):
        if a >= b:
            continue
        key, name = TEAMS[i]
        if long_names:
            name = f"{name} Professional Cycling Team Presented by Sponsors {i}"
        if i == 2 and b - a > 2:  # the team renamed itself mid-spell
            spells.append(Spell(first + a, first + a + 1, key, "UAE Abu Dhabi"))
            a += 2
        spells.append(Spell(first + a, first + b - 1, key, name))
    last = first + seasons - 1
    spells.append(
        Spell(last - 3, last, TEAMS[1][0], TEAMS[1][1], staff=True, role="directeur sportif")
    )
    stories = tuple(
        StoryMark(
            last - 5 + i,
            status,
            f"To {TEAMS[(i + 4) % len(TEAMS)][1]}",
            TEAMS[(i + 4) % len(TEAMS)][0],
        )
        for i, status in enumerate(STATUS_ORDER)
    )
    name = (
        "Wout van Aert"
        if not long_names
        else "Maximilian Alexander Richard Walscheid-Vandenbroucke"
    )
    return CareerChart(
        name=name,
        subtitle=f"BEL · rider · {seasons} seasons with 5 teams on record",
        spells=tuple(spells),
        stories=stories,
        current_season=2026,
        source="Teams: registry data · Stories: 9 reports from Het Nieuwsblad, Sporza, Wielerflits +3",
        as_of=AS_OF,
    )


def team(n: int, *, long_names: bool = False) -> TeamSeasonChart:
    """A team season with `n` moves of every kind and status."""
    moves = []
    for i in range(n):
        side = (Side.IN, Side.OUT, Side.IN, Side.OUT, Side.STAY)[i % 5] if i % 7 else Side.OUT
        key, other = TEAMS[(i * 3) % len(TEAMS)]
        person = f"Rider {i:02d} Example"
        if long_names:
            person = f"Jean-Baptiste Christophe Alexandre de la Fontaine-Vandenberghe {i}"
            other = f"{other} Continental Development Team Presented by Sponsors"
        note = "retires" if i % 7 == 0 else ("extends until 2027" if side is Side.STAY else None)
        moves.append(
            Move(
                person,
                side,
                STATUS_ORDER[i % len(STATUS_ORDER)],
                None if note == "retires" else other,
                None if note == "retires" else key,
                note,
                staff=i % 6 == 5,
            )
        )
    name = (
        "Astana Qazaqstan Team"
        if not long_names
        else "XDS Astana Team Professional Cycling Presented by Sponsors"
    )
    return TeamSeasonChart(
        team_key="astana-qazaqstan",
        team_name=name,
        season=2025,
        moves=tuple(moves),
        source=f"Stories: {n} reports from Cyclingnews, Wielerflits, AD +5",
        as_of=AS_OF,
    )


def no_team() -> CareerChart:
    """A person the registry holds no team for, with one story."""
    return CareerChart(
        name="Isaac del Toro",
        subtitle="MEX · rider · no team on record",
        spells=(),
        stories=(StoryMark(2027, Status.RUMOUR, "To Lidl-Trek", "lidl-trek"),),
        current_season=2026,
        source="Teams: registry data · Stories: 1 report from Marca",
        as_of=AS_OF,
    )


def empty_career() -> CareerChart:
    return CareerChart(
        "Nobody Yet", "rider · no team on record", (), (), 2026, "No stories stored", AS_OF
    )


def empty_team() -> TeamSeasonChart:
    return TeamSeasonChart("groupama-fdj", "Groupama-FDJ", 2027, (), "No stories stored", AS_OF)


CASES = {
    "career-20-seasons": lambda: career(2007, 20),
    "career-25-seasons": lambda: career(2002, 25),
    "career-long-names": lambda: career(2012, 15, long_names=True),
    "career-no-team": no_team,
    "career-empty": empty_career,
    "team-8-moves": lambda: team(8),
    "team-30-moves": lambda: team(30),
    "team-60-moves": lambda: team(60),
    "team-long-names": lambda: team(10, long_names=True),
    "team-empty": empty_team,
}
