"""Answering /transfer and /team: resolve a name, gather the facts its summary needs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from bot.domain.errors import InvalidInput
from bot.domain.models import Claim, EntityKind, EntityRef, Membership, Person, Team
from bot.domain.provenance import source_names
from bot.domain.rules import season_or_none, split_season
from bot.domain.seasons import default_team_season
from bot.services.registry_facts import (
    RegistryMove,
    career_move,
    outside_life,
    team_moves,
    wikidata_roster,
)
from bot.services.resolver import TEAMS, Ambiguous, NoMatch, Resolver, Scope
from bot.services.teams import TeamCache
from bot.storage import claims as claims_db
from bot.storage import people as people_db
from bot.storage import registry
from bot.storage.db import Database
from bot.storage.registry import CareerLine, RosterLine, TeamSpan


@dataclass(frozen=True, slots=True)
class Question:
    """A fan's question: who or what `query` names, about `season` (None: every season)."""

    query: str
    guild_id: int | None = None
    season: int | None = None
    teams_only: bool = False  # /team: only teams are candidates

    @classmethod
    def typed(
        cls, query: str, guild_id: int | None = None, season: int | None = None,
        *, teams_only: bool = False,
    ) -> Question:  # fmt: skip
        """The question as a fan types it: without a season, a trailing year ('cav 2024') is it."""
        if season is None:
            query, season = split_season(query)
        return cls(query, guild_id, season, teams_only)


@dataclass(frozen=True, slots=True)
class ShowPerson:
    person_id: int
    guild_id: int | None = None
    season: int | None = None


@dataclass(frozen=True, slots=True)
class ShowTeam:
    team_id: int
    guild_id: int | None = None
    season: int | None = None  # None: the season a team question is about today


@dataclass(slots=True)
class PersonView:
    """Everything a person's answer shows."""

    person: Person
    memberships: list[Membership]
    claims: list[Claim]
    teams: dict[int, Team]
    people: dict[int, Person]
    linked: dict[int, Claim] = field(default_factory=dict)
    season: int | None = None
    more: bool = False  # older stories exist beyond the ones shown
    # The team registry (registry data with its sources, never a story): the career with each
    # season's team name, role, dates and provenance; the registry's newest season; the change
    # of team into that season, if it shows one.
    career: list[CareerLine] = field(default_factory=list)
    newest_season: int | None = None
    registry_move: RegistryMove | None = None


@dataclass(slots=True)
class TeamView:
    """Everything a team's answer for one season shows."""

    team: Team
    season: int
    claims: list[Claim]
    teams: dict[int, Team]
    people: dict[int, Person]
    more: bool = False
    # The team registry for `season`: its roster, the arrivals and departures derived from it
    # (where Wikidata states both seasons' rosters), and the seasons the team is recorded for.
    roster: list[RosterLine] = field(default_factory=list)
    arrivals: list[RegistryMove] = field(default_factory=list)
    departures: list[RegistryMove] = field(default_factory=list)
    span: TeamSpan | None = None
    asked: int | None = None  # the season asked about when it held nothing and another is shown


Answered = PersonView | TeamView | Ambiguous | NoMatch


def _today() -> date:
    return datetime.now(UTC).date()


class AskService:
    def __init__(
        self,
        db: Database,
        resolver: Resolver,
        today: Callable[[], date] = _today,
        teams: TeamCache | None = None,
    ) -> None:
        self.db = db
        self.resolver = resolver
        self.today = today
        self.teams = teams or TeamCache(db)

    async def ask(self, request: Question) -> Answered:
        """/transfer and /team: the person or team named, or the names to choose from."""
        season_or_none(request.season)
        scope = Scope(request.guild_id, TEAMS if request.teams_only else None)
        picked = self.resolver.pick(request.query, scope)
        if not isinstance(picked, EntityRef):
            return picked
        if picked.kind is EntityKind.TEAM:
            return await self.team(ShowTeam(picked.id, request.guild_id, request.season))
        return await self.person(ShowPerson(picked.id, request.guild_id, request.season))

    async def person(self, request: ShowPerson) -> PersonView | NoMatch:
        """A person's stories visible in the guild (newest first) and the teams we hold."""
        conn = self.db.conn
        found = await people_db.person_with_memberships(conn, request.person_id)
        guild_id, season = request.guild_id, season_or_none(request.season)
        if found is None or found[0].guild_id not in (None, guild_id):
            return NoMatch(str(request.person_id))
        person, members = found
        claims, more = await claims_db.for_person(conn, person.id, guild_id, season)
        link_ids = sorted({i for c in claims for i in c.linked_ids})
        linked, people = await claims_db.linked_stubs(conn, link_ids, guild_id)
        team_ids = {m.team_id for m in members}
        for c in claims:
            team_ids.update(t for t in (c.from_team_id, c.to_team_id) if t)
        teams = await self.teams.get(team_ids)
        people[person.id] = person
        career = await registry.person_career(conn, person.id, guild_id)
        newest = await self.teams.newest_season()
        moved = career_move(person.name, career, newest)
        return PersonView(
            person, members, claims, teams, people, linked, season, more, career, newest, moved
        )

    async def team(self, request: ShowTeam) -> TeamView | NoMatch:
        """A team's season: its stories visible in the guild, and its roster in the registry.

        Without a season: the one a team question is about today (never past the season after
        the team ended); when that holds nothing, the latest season holding news or a roster.
        """
        team_id, guild_id = request.team_id, request.guild_id
        team = (await self.teams.get([team_id])).get(team_id)
        if team is None or team.guild_id not in (None, guild_id):
            return NoMatch(str(team_id), kinds=TEAMS)
        conn = self.db.conn
        span = await self.teams.span(team_id)
        explicit = season_or_none(request.season)
        year = explicit or self._default_season(span)
        claims, more = await claims_db.for_team(conn, team_id, year, guild_id)
        roster = await registry.team_roster(conn, team_id, year, guild_id)
        asked = None
        if explicit is not None and not claims and outside_life(span, year):
            raise InvalidInput("season", _outside_life(team, span, year))
        if explicit is None and not claims and not roster:
            held = await self._latest_held(team_id, year, guild_id)
            if held is not None:
                asked, year = year, held
                claims, more = await claims_db.for_team(conn, team_id, year, guild_id)
                roster = await registry.team_roster(conn, team_id, year, guild_id)
        team_ids = {team_id} | {t for c in claims for t in (c.from_team_id, c.to_team_id) if t}
        teams = await self.teams.get(team_ids)
        people = await people_db.get_people(conn, sorted({c.person_id for c in claims}))
        view = TeamView(team, year, claims, teams, people, more, roster, span=span, asked=asked)
        await self._registry_moves(view, guild_id)
        return view

    def _default_season(self, span: TeamSpan | None) -> int:
        year = default_team_season(self.today())
        if span is not None and span.last_season is not None:
            return min(year, span.last_season + 1)  # departures after the end, at the latest
        return year

    async def _latest_held(self, team_id: int, at_most: int, guild_id: int | None) -> int | None:
        news = await claims_db.latest_team_season(self.db.conn, team_id, at_most, guild_id)
        roster = await registry.latest_roster_season(self.db.conn, team_id, at_most)
        return max((s for s in (news, roster) if s is not None), default=None)

    async def _registry_moves(self, view: TeamView, guild_id: int | None) -> None:
        """Fill the view's arrivals and departures derived from the rosters (Wikidata's only)."""
        conn, team_id, year = self.db.conn, view.team.id, view.season
        roster = wikidata_roster(view.roster)
        if not roster:
            return
        previous = wikidata_roster(await registry.team_roster(conn, team_id, year - 1, guild_id))
        if not previous:
            return
        now = {r.person_id for r in roster}
        then = {r.person_id for r in previous}
        before = await registry.teams_in_season(conn, now - then, year - 1, guild_id)
        after = await registry.teams_in_season(conn, then - now, year, guild_id)
        skip = {c.person_id for c in view.claims}
        view.arrivals, view.departures = team_moves(
            team_id, year, roster, previous, before, after, skip
        )


def _outside_life(team: Team, span: TeamSpan | None, year: int) -> str:
    """Why `year` is no season of `team`: the seasons the registry records it for."""
    assert span is not None
    name = team.name_in(span.last_season)
    source = source_names(span.provenance.sources)
    if span.last_season is None:
        seasons = f"it is recorded from {span.first_season} on"
    else:
        first, last = span.first_season, span.last_season
        raced = f"{first}–{last}" if first != last else f"in {first} only"
        seasons = f"it raced {raced} and ended after {last}"
    return f"{year} is outside the seasons of {name}: {seasons} (team registry: {source})."
