"""Answering /transfer and /team: resolve a name, gather the facts, summarise them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

from bot.domain import summary
from bot.domain.answer import Answer, Choice, Tone
from bot.domain.matching import Match
from bot.domain.models import EntityKind, EntityRef
from bot.domain.seasons import default_team_season
from bot.domain.text import InvalidInput, clean_text, escape_markdown, is_number
from bot.services.directory import Directory
from bot.services.teams import TeamCache
from bot.storage import catalog, news
from bot.storage.db import Database

MAX_QUERY = 100


def _today() -> date:
    return datetime.now(UTC).date()


def validate_season(season: int | None) -> int | None:
    if season is not None and not 1900 <= season <= 2100:
        raise InvalidInput("season", "must be a year between 1900 and 2100")
    return season


def parse_ref(value: str) -> EntityRef | None:
    """Read a reference an autocomplete choice or a select carries: 'person:12', 'team:3'."""
    kind, _, raw = value.partition(":")
    if kind in ("person", "team") and is_number(raw) and len(raw) < 19:
        return EntityRef(EntityKind(kind), int(raw))
    return None


def ref_value(ref: EntityRef) -> str:
    return f"{ref.kind.value}:{ref.id}"


class AskService:
    def __init__(
        self,
        db: Database,
        directory: Directory,
        today: Callable[[], date] = _today,
        teams: TeamCache | None = None,
    ) -> None:
        self.db = db
        self.directory = directory
        self.today = today
        self.teams = teams or TeamCache(db)

    # -- resolution ----------------------------------------------------------------------
    def autocomplete(
        self, current: str, guild_id: int | None, kinds: set[EntityKind] | None = None
    ) -> list[tuple[str, str]]:
        """Return up to 25 (label, value) pairs, best first."""
        from bot.domain.matching import label_for

        query = (current or "")[:MAX_QUERY]
        return [
            (label_for(m, 100), ref_value(m.ref))
            for m in self.directory.search(query, guild_id, limit=25, kinds=kinds)
        ]

    def _pick(
        self, query: str, guild_id: int | None, kinds: set[EntityKind] | None
    ) -> EntityRef | Answer:
        """Resolve to one entity, or return the answer that asks to choose / says not found."""
        ref = parse_ref(query)
        if (
            ref is not None
            and (kinds is None or ref.kind in kinds)
            and self.directory.visible(ref, guild_id)
        ):
            return ref
        text = clean_text(query, "name", max_len=MAX_QUERY)
        assert text is not None
        res = self.directory.resolve(text, guild_id, kinds=kinds)
        if res.outcome == "match" and res.best is not None:
            return res.best.ref
        if res.outcome == "ambiguous":
            return _choose(text, res.candidates[:25])
        return not_found(text, res.candidates[:3], kinds)

    # -- /transfer -----------------------------------------------------------------------
    async def transfer(self, query: str, guild_id: int | None, season: int | None = None) -> Answer:
        validate_season(season)
        picked = self._pick(query, guild_id, None)
        if isinstance(picked, Answer):
            return _with_command(picked, "transfer", season)
        if picked.kind is EntityKind.TEAM:
            return await self.team_answer(picked.id, guild_id, season)
        return await self.person_answer(picked.id, guild_id, season)

    async def person_answer(
        self, person_id: int, guild_id: int | None, season: int | None
    ) -> Answer:
        view = await self.person_view(person_id, guild_id, season)
        if view is None:
            return not_found(str(person_id), [], None)
        key = f"person:{person_id}" + (f":{season}" if season else "")
        return replace(summary.person_answer(view), page_key=key)

    async def person_view(
        self, person_id: int, guild_id: int | None, season: int | None
    ) -> summary.PersonView | None:
        conn = self.db.conn
        found = await catalog.person_with_memberships(conn, person_id)
        if found is None:
            return None
        person, members = found
        if person.guild_id is not None and person.guild_id != guild_id:
            return None
        claims, more = await news.claims_for_person(conn, person_id, guild_id, season)
        link_ids = sorted({i for c in claims for i in c.linked_ids})
        linked, people = await news.linked_stubs(conn, link_ids, guild_id)
        team_ids = {m.team_id for m in members}
        for c in claims:
            team_ids.update(t for t in (c.from_team_id, c.to_team_id) if t)
        teams = await self.teams.get(team_ids)
        people[person.id] = person
        return summary.PersonView(person, members, claims, teams, people, linked, season, more)

    # -- /team ---------------------------------------------------------------------------
    async def team(self, query: str, guild_id: int | None, season: int | None = None) -> Answer:
        validate_season(season)
        picked = self._pick(query, guild_id, {EntityKind.TEAM})
        if isinstance(picked, Answer):
            return _with_command(picked, "team", season)
        return await self.team_answer(picked.id, guild_id, season)

    async def team_answer(self, team_id: int, guild_id: int | None, season: int | None) -> Answer:
        conn = self.db.conn
        team = (await self.teams.get([team_id])).get(team_id)
        if team is None or (team.guild_id is not None and team.guild_id != guild_id):
            return not_found(str(team_id), [], {EntityKind.TEAM})
        year = season or default_team_season(self.today())
        claims, more = await news.claims_for_team(conn, team_id, year, guild_id)
        team_ids = {team_id} | {t for c in claims for t in (c.from_team_id, c.to_team_id) if t}
        teams = await self.teams.get(team_ids)
        people = await catalog.get_people(conn, sorted({c.person_id for c in claims}))
        answer = summary.team_answer(summary.TeamView(team, year, claims, teams, people, more))
        # the season is fixed in the key: page 2 shows the same season as page 1 did
        return replace(answer, page_key=f"team:{team_id}:{year}")

    # -- page buttons ----------------------------------------------------------------------
    async def by_page_key(self, key: str, guild_id: int | None) -> Answer:
        """Rebuild the answer a page button was made for (see Answer.page_key)."""
        kind, _, rest = key.partition(":")
        raw_id, _, raw_season = rest.partition(":")
        if not (is_number(raw_id) and len(raw_id) < 19) or (
            raw_season and not is_number(raw_season)
        ):
            return not_found(key, [], None)
        season = validate_season(int(raw_season)) if raw_season else None
        if kind == "person":
            return await self.person_answer(int(raw_id), guild_id, season)
        if kind == "team" and season is not None:
            return await self.team_answer(int(raw_id), guild_id, season)
        return not_found(key, [], None)


def _choose(query: str, candidates: list[Match]) -> Answer:
    from bot.domain.matching import detail_text

    return Answer(
        title="Which one did you mean?",
        description=f"Several people or teams match “{escape_markdown(query)}”. Pick one:",
        ephemeral=True,
        tone=Tone.WARNING,
        choices=tuple(Choice(ref_value(m.ref), m.label, detail_text(m)[:100]) for m in candidates),
        choice_prompt="Choose one:",
    )


def not_found(query: str, suggestions: list[Match], kinds: set[EntityKind] | None) -> Answer:
    what = "team" if kinds == {EntityKind.TEAM} else "rider, staff member or team"
    text = f"No {what} matches “{escape_markdown(query)}”."
    if suggestions:
        text += (
            " Did you mean: " + ", ".join(escape_markdown(m.label) for m in suggestions[:3]) + "?"
        )
    return Answer(title="Not found", description=text, ephemeral=True, tone=Tone.ERROR)


def _with_command(answer: Answer, command: str, season: int | None) -> Answer:
    """Tell a choose-one answer which command its choice runs."""
    if not answer.choices:
        return answer
    args = {"season": str(season)} if season else {}
    return replace(answer, choice_command=command, choice_args=args)
