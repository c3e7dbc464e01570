"""Moves the team registry shows: who joined or left a team, read from memberships per season.

These are registry data with their sources (Wikidata, LeTourDataSet), never news stories. A
team's arrivals and departures are derived only where Wikidata states the rosters of both
seasons: LeTourDataSet lists Tour de France finishers, so a rider missing from one season of it
has not left the team.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from bot.domain.provenance import WIKIDATA
from bot.storage.registry import CareerLine, RosterLine, TeamSpan


@dataclass(frozen=True, slots=True)
class RegistryMove:
    """A change of team the registry records (not a story: it has no status, only sources)."""

    person_id: int
    name: str
    role: str
    season: int  # the season of the new team
    to_team: str | None  # the new team's name in `season`; None: no team recorded
    from_team: str | None  # the team before; None: none recorded the season before
    on: str | None  # ISO date of a move within `season` (a mid-season move)
    sources: tuple[str, ...]  # the sources stating the membership(s) it is read from


def career_move(name: str, career: list[CareerLine], newest: int | None) -> RegistryMove | None:
    """The person's change of team into the registry's newest season, if the registry shows one."""
    if newest is None or not career or career[-1].season != newest:
        return None
    last = career[-1]
    prev = career[-2] if len(career) > 1 else None  # the membership just before the last
    if prev is None or prev.team_id == last.team_id or prev.season < newest - 1:
        return None
    within = prev.season == newest
    sources = tuple(dict.fromkeys((*last.provenance.sources, *prev.provenance.sources)))
    return RegistryMove(
        0, name, last.role, newest, last.team_name, prev.team_name,
        last.start_date if within else None, sources,
    )  # fmt: skip


def last_season(career: list[CareerLine]) -> int | None:
    """The newest season the person has a team in the registry."""
    return career[-1].season if career else None


def wikidata_roster(roster: list[RosterLine]) -> list[RosterLine]:
    """The lines of a roster Wikidata states: where absences mean something (LeTourDataSet
    lists Tour finishers only, so a rider missing from it has not left)."""
    return [r for r in roster if WIKIDATA in r.provenance.sources]


def outside_life(span: TeamSpan | None, season: int) -> bool:
    """Whether `season` is before the team's first season or after it ended."""
    if span is None:
        return False
    if season < span.first_season:
        return True
    return span.last_season is not None and season > span.last_season


def team_moves(
    team_id: int,
    season: int,
    roster: list[RosterLine],
    previous: list[RosterLine],
    before: dict[int, list[CareerLine]],
    after: dict[int, list[CareerLine]],
    skip: Collection[int] = (),
) -> tuple[list[RegistryMove], list[RegistryMove]]:
    """Arrivals and departures between the season before and `season`, from the two rosters.

    `before` holds the arrivals' teams the season before, `after` the leavers' teams in
    `season`; people in `skip` (those with a story about this team and season) are left out,
    so one person is under one heading.
    """
    now = {r.person_id: r for r in roster}
    then = {r.person_id: r for r in previous}
    arrivals = []
    for pid, r in now.items():
        if pid in then or pid in skip:
            continue
        came = [c for c in before.get(pid, []) if c.team_id != team_id]
        src = (*r.provenance.sources, *(s for c in came[-1:] for s in c.provenance.sources))
        frm = came[-1].team_name if came else None
        arrivals.append(
            RegistryMove(pid, r.name, r.role, season, None, frm, None, tuple(dict.fromkeys(src)))
        )
    departures = []
    for pid, r in then.items():
        if pid in now or pid in skip:
            continue
        went = [c for c in after.get(pid, []) if c.team_id != team_id]
        src = (*r.provenance.sources, *(s for c in went[-1:] for s in c.provenance.sources))
        to = went[-1].team_name if went else None
        departures.append(
            RegistryMove(pid, r.name, r.role, season, to, None, None, tuple(dict.fromkeys(src)))
        )
    return arrivals, departures
