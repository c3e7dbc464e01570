"""Answering /transfer and /team: resolve a name, gather the facts its summary needs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from bot.domain.models import Claim, EntityKind, EntityRef, Membership, Person, Team
from bot.domain.rules import season_or_none, split_season
from bot.domain.seasons import default_team_season
from bot.services.resolver import TEAMS, Ambiguous, NoMatch, Resolver, Scope
from bot.services.teams import TeamCache
from bot.storage import claims as claims_db
from bot.storage import people as people_db
from bot.storage.db import Database


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


@dataclass(slots=True)
class TeamView:
    """Everything a team's answer for one season shows."""

    team: Team
    season: int
    claims: list[Claim]
    teams: dict[int, Team]
    people: dict[int, Person]
    more: bool = False


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
        return PersonView(person, members, claims, teams, people, linked, season, more)

    async def team(self, request: ShowTeam) -> TeamView | NoMatch:
        """A team's arrivals, departures and the rest for a season visible in the guild."""
        team_id, guild_id = request.team_id, request.guild_id
        team = (await self.teams.get([team_id])).get(team_id)
        if team is None or team.guild_id not in (None, guild_id):
            return NoMatch(str(team_id), kinds=TEAMS)
        year = season_or_none(request.season) or default_team_season(self.today())
        claims, more = await claims_db.for_team(self.db.conn, team_id, year, guild_id)
        team_ids = {team_id} | {t for c in claims for t in (c.from_team_id, c.to_team_id) if t}
        teams = await self.teams.get(team_ids)
        people = await people_db.get_people(self.db.conn, sorted({c.person_id for c in claims}))
        return TeamView(team, year, claims, teams, people, more)
