"""What a picture shows, as plain values: the renderers take these and nothing else.

Frozen and made of tuples, so a chart is hashable and its repr is stable: the render cache can
key on what is drawn (see cache.content_version).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.models import Status

log = logging.getLogger(__name__)

# Strongest first (Status.strength; denied, then retracted, last); the legend and the lists
# follow this order.
STATUS_ORDER = tuple(sorted(Status, key=lambda s: -s.strength))


@dataclass(frozen=True, slots=True)
class Spell:
    """Consecutive seasons with one team under one name, as a rider or as staff."""

    first: int
    last: int
    team_key: str  # the lineage: a team keeps its colour through every rename
    team_name: str  # its name in these seasons
    staff: bool = False
    role: str = "rider"
    colour: str | None = None  # "#rrggbb", the team's own colour when the data has one


@dataclass(frozen=True, slots=True)
class StoryMark:
    """One story on a career: the season it is about, how far it got, what it says."""

    season: int
    status: Status
    label: str  # "To Lidl-Trek", "Retires at the end of 2024"
    team_key: str | None = None  # the team it points to, for its colour
    colour: str | None = None
    staff: bool = False


@dataclass(frozen=True, slots=True)
class CareerChart:
    name: str
    subtitle: str  # "GBR · rider"
    spells: tuple[Spell, ...]
    stories: tuple[StoryMark, ...]
    current_season: int  # marked with the season after it (the coming one)
    source: str  # the data source line at the foot
    as_of: str  # the day the picture speaks for: "5 Dec 2026"
    hidden_stories: int = 0  # stories the answer holds that have no season to place


class Side(StrEnum):
    IN = "in"
    OUT = "out"
    STAY = "stay"


@dataclass(frozen=True, slots=True)
class Move:
    """One person into, out of, or staying with a team for a season."""

    person: str
    side: Side
    status: Status
    other_team: str | None = None  # where from (arrivals) or where to (departures)
    other_key: str | None = None
    note: str | None = None  # "retires", "comeback", "until 2026", a staff role
    staff: bool = False
    colour: str | None = None  # the other team's own colour


@dataclass(frozen=True, slots=True)
class TeamSeasonChart:
    team_key: str
    team_name: str  # its name in `season`
    season: int
    moves: tuple[Move, ...]
    source: str
    as_of: str
    colour: str | None = None
    truncated: bool = False  # the data holds more moves than these
