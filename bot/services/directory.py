"""The name index over people and teams, kept in step with the database."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from bot.domain.matching import Match, NameEntry, NameIndex, Resolution
from bot.domain.models import EntityKind, EntityRef, Person, Team
from bot.storage import catalog
from bot.storage.db import Database

log = logging.getLogger(__name__)


def _prior(last_season: int | None, last_news: str | None, this_year: int) -> float:
    """Who a fan most likely means: active recently, and recently in the news."""
    score = 0.0
    if last_season is not None:
        score += max(0.0, 0.6 - 0.06 * max(0, this_year - last_season))
    if last_news:
        score += 0.4
    return min(score, 1.0)


def person_detail(nationality: str | None, role: str, team: str | None) -> str:
    nat = f"({nationality}) " if nationality else ""
    return f"{nat}- {role.replace('_', ' ')}" + (f", {team}" if team else "")


def person_entry(
    person: Person, team: str | None, prior: float, sort_name: str | None = None
) -> NameEntry:
    return NameEntry(
        ref=EntityRef(EntityKind.PERSON, person.id),
        label=person.name,
        names=(person.name, *person.aliases),
        sort_name=sort_name,
        prior=prior,
        detail=person_detail(person.nationality, person.role.value, team),
    )


def team_entry(team: Team, aliases: list[str], prior: float) -> NameEntry:
    latest = team.names[-1] if team.names else None
    span = ""
    if latest is not None:
        span = f"{latest.first_season}–" if latest.last_season is None else str(latest.last_season)
    return NameEntry(
        ref=EntityRef(EntityKind.TEAM, team.id),
        label=team.current_name,
        names=(*(n.name for n in team.names), *aliases),
        sort_name=None,
        prior=prior,
        detail=f"- team, {span}" if span else "- team",
    )


class Directory:
    """Resolves typed names to people and teams, within a guild's scope."""

    def __init__(self, index: NameIndex, local: dict[EntityRef, int]) -> None:
        self.index = index
        # Guild-local entities (few): ref -> guild id. Everything else is global.
        self.local = local

    @classmethod
    async def build(cls, db: Database, *, this_year: int | None = None) -> Directory:
        """Read every name once and fold it once into the index."""
        year = this_year or datetime.now(UTC).year
        teams, team_aliases = await catalog.all_teams(db.conn)
        entries: list[NameEntry] = []
        local: dict[EntityRef, int] = {}
        for team in teams.values():
            last = team.names[-1].last_season if team.names else None
            prior = 0.8 if last is None or last >= year - 1 else 0.3
            entries.append(team_entry(team, team_aliases.get(team.id, []), prior))
            if team.guild_id is not None:
                local[EntityRef(EntityKind.TEAM, team.id)] = team.guild_id
        async for row in catalog.iter_people_for_index(db.conn):
            last_team = teams.get(row.last_team_id) if row.last_team_id else None
            entry = NameEntry(
                ref=EntityRef(EntityKind.PERSON, row.id),
                label=row.name,
                names=(row.name, *row.aliases),
                sort_name=row.sort_name,
                prior=_prior(row.last_season, row.last_news, year),
                detail=person_detail(
                    row.nationality,
                    row.role,
                    last_team.name_in(row.last_season) if last_team else None,
                ),
            )
            entries.append(entry)
            if row.guild_id is not None:
                local[entry.ref] = row.guild_id
        index = NameIndex.build(entries)
        log.info("name index built: %d entities", len(entries))
        return cls(index, local)

    def visible(self, ref: EntityRef, guild_id: int | None) -> bool:
        owner = self.local.get(ref)
        return owner is None or owner == guild_id

    def search(
        self,
        query: str,
        guild_id: int | None,
        *,
        limit: int = 25,
        kinds: set[EntityKind] | None = None,
    ) -> list[Match]:
        # Over-fetch a little so that other guilds' private entries never crowd out results.
        found = self.index.search(query, limit=limit + 5 if self.local else limit, kinds=kinds)
        return [m for m in found if self.visible(m.ref, guild_id)][:limit]

    def resolve(
        self, query: str, guild_id: int | None, *, kinds: set[EntityKind] | None = None
    ) -> Resolution:
        res = self.index.resolve(query, kinds=kinds)
        if not self.local:
            return res
        candidates = [m for m in res.candidates if self.visible(m.ref, guild_id)]
        best = res.best if res.best and self.visible(res.best.ref, guild_id) else None
        if res.outcome == "match" and best is None:
            return Resolution(outcome="none", best=None, candidates=candidates[:3])
        return Resolution(outcome=res.outcome, best=best, candidates=candidates)

    def add(self, entry: NameEntry, guild_id: int | None) -> None:
        self.index.add(entry)
        if guild_id is not None:
            self.local[entry.ref] = guild_id
        else:
            self.local.pop(entry.ref, None)
