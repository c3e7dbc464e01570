"""Charts from the answers' views: what a person's career and a team's season look like drawn.

The one place that knows both the use cases' PersonView and TeamView (bot/services/ask.py) and
the plain chart values bot/pictures draws; kept thin on purpose, so that when the views move,
only this module follows them.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from datetime import date

from bot.domain.models import Claim, ClaimKind, Membership, Role, Team
from bot.domain.seasons import season_ranges
from bot.domain.story import team_name
from bot.pictures.model import (
    STATUS_ORDER,
    CareerChart,
    Move,
    Side,
    Spell,
    StoryMark,
    TeamSeasonChart,
)
from bot.presentation.formats import short_date
from bot.services.ask import PersonView, TeamView

log = logging.getLogger(__name__)

_OUTLETS_NAMED = 3


def career_chart(view: PersonView, today: date) -> CareerChart:
    """The career timeline of the person in `view`, as of `today`."""
    p = view.person
    spells = _spells(view.memberships, view.teams)
    placed = [c for c in view.claims if c.season is not None]
    stories = tuple(_story(c, view.teams) for c in placed)
    seasons = {m.season for m in view.memberships if m.team_id in view.teams}
    lineages = {s.team_key for s in spells}
    bits = [p.nationality or "", p.role.label]
    if seasons:
        bits.append(
            f"{_count(len(seasons), 'season')} with {_count(len(lineages), 'team')} on record"
        )
    else:
        bits.append("no team on record")
    return CareerChart(
        name=p.name,
        subtitle=" · ".join(b for b in bits if b),
        spells=spells,
        stories=stories,
        current_season=today.year,
        source=_source_line(view.claims, registry=True),
        as_of=short_date(today),
        hidden_stories=len(view.claims) - len(placed),
    )


def team_season_chart(view: TeamView, today: date) -> TeamSeasonChart:
    """The ins and outs of the team in `view` for its season, as of `today`."""
    moves = [_move(c, view) for c in view.claims]
    order = {s: i for i, s in enumerate(STATUS_ORDER)}
    moves.sort(key=lambda m: (order[m.status], m.person.casefold(), m.other_team or ""))
    return TeamSeasonChart(
        team_key=view.team.key,
        team_name=view.team.name_in(view.season),
        season=view.season,
        moves=tuple(moves),
        source=_source_line(view.claims, registry=False),
        as_of=short_date(today),
        truncated=view.more,
    )


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _is_staff(role: str) -> bool:
    return role.strip().lower() not in ("", "rider")


def _spells(memberships: Iterable[Membership], teams: dict[int, Team]) -> tuple[Spell, ...]:
    """Runs of consecutive seasons with one team under one name, in one role."""
    groups: dict[tuple[int, bool, str, str], list[int]] = {}
    for m in memberships:
        team = teams.get(m.team_id)
        if team is None:
            continue
        staff = _is_staff(m.role)
        role = m.role.strip().lower() if staff else "rider"
        groups.setdefault((m.team_id, staff, role, team.name_in(m.season)), []).append(m.season)
    spells = [
        Spell(first, last, teams[tid].key, name, staff, role)
        for (tid, staff, role, name), seasons in groups.items()
        for first, last in season_ranges(seasons)
    ]
    return tuple(sorted(spells, key=lambda s: (s.first, s.last, s.staff, s.team_name)))


def _story(claim: Claim, teams: dict[int, Team]) -> StoryMark:
    season = claim.season or 0
    to = team_name(teams, claim.to_team_id, season)
    frm = team_name(teams, claim.from_team_id, season - 1)
    match claim.kind:
        case ClaimKind.TRANSFER:
            label = f"To {to}" if to else "Transfer"
        case ClaimKind.STAFF_MOVE:
            label = f"Staff move to {to}" if to else "Staff move"
        case ClaimKind.CONTRACT_EXTENSION:
            label = f"Extends with {to or frm or 'the team'}"
            label += f" until {claim.contract_end}" if claim.contract_end else ""
        case ClaimKind.RETIREMENT:
            label = f"Retires at the end of {season}"
        case ClaimKind.RETIREMENT_POSTPONED:
            label = f"Postpones retirement, rides {season}" + (
                f" with {to or frm}" if to or frm else ""
            )
        case ClaimKind.COMEBACK:
            label = f"Comeback with {to}" if to else "Comeback"
    team_id = claim.to_team_id or claim.from_team_id
    key = teams[team_id].key if team_id in teams else None
    return StoryMark(season, claim.status, label, key, staff=claim.kind is ClaimKind.STAFF_MOVE)


def _move(claim: Claim, view: TeamView) -> Move:
    person = view.people.get(claim.person_id)
    name = person.name if person else "someone"
    staff = claim.kind is ClaimKind.STAFF_MOVE or (
        person is not None and person.role is not Role.RIDER
    )
    note = person.role.label if staff and person is not None else None
    arriving = claim.to_team_id == view.team.id
    match claim.kind:
        case ClaimKind.RETIREMENT:
            side, other_id, note = Side.OUT, None, "retires"
        case ClaimKind.CONTRACT_EXTENSION:
            side, other_id = Side.STAY, None
            note = f"extends until {claim.contract_end}" if claim.contract_end else "extends"
        case ClaimKind.RETIREMENT_POSTPONED:
            side, other_id, note = Side.STAY, None, "postpones retirement"
        case _:
            side = Side.IN if arriving else Side.OUT
            other_id = claim.from_team_id if arriving else claim.to_team_id
            if claim.kind is ClaimKind.COMEBACK:
                note = "comeback"
    season = view.season - 1 if side is Side.IN else view.season
    other = team_name(view.teams, other_id, season)
    key = view.teams[other_id].key if other_id in view.teams else None
    return Move(name, side, claim.status, other, key, note, staff)


def _source_line(claims: list[Claim], *, registry: bool) -> str:
    """Where the picture's facts come from, in one line."""
    outlets = Counter(s.report.outlet for c in claims for s in c.sources)
    reports = len({s.report.id for c in claims for s in c.sources})
    parts = ["Teams: registry data"] if registry else []
    if reports:
        named = sorted(outlets, key=lambda o: (-outlets[o], o.casefold()))
        shown = ", ".join(named[:_OUTLETS_NAMED])
        rest = len(named) - _OUTLETS_NAMED
        parts.append(
            f"Stories: {_count(reports, 'report')} from {shown}" + (f" +{rest}" if rest > 0 else "")
        )
    return " · ".join(parts) or "No stories stored"
