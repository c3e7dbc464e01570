"""Adding news: a story from a moderator's /addnews or an article's proposal, and new people.

Every write is one audited transaction; a new or stronger story is announced through `Events`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

import aiosqlite

from bot.domain.errors import Duplicate, NotFound
from bot.domain.matching import Match
from bot.domain.models import Actor, Claim, EntityRef, Person, SourceRole, Status, Team
from bot.domain.seasons import inferred_season
from bot.domain.status import default_role_for
from bot.domain.urls import article_key
from bot.services.creations import (
    CreatePerson,
    CreateTeam,
    PersonCreated,
    TeamCreated,
    insert_person,
    insert_team,
    learn_person,
    learn_team,
)
from bot.services.directory import Directory
from bot.services.drafts import NewsDraft, StoryFields, check_fields, make_draft
from bot.services.events import ClaimEvent, Events
from bot.services.merge_fields import richer_fields
from bot.services.resolver import PEOPLE, TEAMS, Ambiguous, Resolver, Scope
from bot.storage import audit
from bot.storage import claims as claims_db
from bot.storage import people as people_db
from bot.storage import reports as reports_db
from bot.storage import teams as teams_db
from bot.storage.db import Database

log = logging.getLogger(__name__)

# Creating people and teams lives in bot/services/creations.py; these names stay importable here.
__all__ = [
    "AddNews", "Added", "CreatePerson", "CreateTeam", "NewsService", "PersonCreated", "Preview",
    "TeamCreated", "UnknownPerson", "claim_values",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class AddNews:
    """/addnews: a sourced story as typed; names may be references ("person:12")."""

    person: str | None
    source_url: str | None
    summary: str | None
    kind: str = "transfer"
    status: str = "reported"
    to_team: str | None = None
    from_team: str | None = None  # None: the team we hold for the person
    season: int | None = None
    contract_end: int | None = None
    outlet: str | None = None  # None: the outlet the link's site is
    journalist: str | None = None
    published: str | None = None  # YYYY-MM-DD; None: today
    source_role: str | None = None
    credit_outlet: str | None = None  # an outlet the article credits with breaking the story
    credit_journalist: str | None = None
    confirm: bool = False  # False: preview what would be stored, store nothing


@dataclass(frozen=True, slots=True)
class Preview:
    """What confirming would store, for the moderator to check first."""

    draft: NewsDraft
    person: Person | None
    teams: dict[int, Team]
    existing_id: int | None  # the story this merges into, if any
    guild_id: int | None  # where it will be visible (None: everywhere)


@dataclass(frozen=True, slots=True)
class Added:
    """Stored: a new story, or one more source on an existing one."""

    claim_id: int
    merged: bool
    old_status: Status | None
    new_status: Status
    improved: tuple[str, ...] = ()  # the story's facts this source told better (merged only)


@dataclass(frozen=True, slots=True)
class UnknownPerson:
    """The person is not one we hold (or several match): pick one, or create them."""

    name: str
    closest: tuple[Match, ...]
    ambiguous: bool


def _today() -> date:
    return datetime.now(UTC).date()


def claim_values(claim: Claim) -> dict[str, Any]:
    """The editable facts of a claim, for the audit log."""
    return {
        "kind": claim.kind.value,
        "from_team_id": claim.from_team_id,
        "to_team_id": claim.to_team_id,
        "season": claim.season,
        "contract_end": claim.contract_end,
        "status": claim.status.value,
        "summary": claim.summary,
        "retracted_reason": claim.retracted_reason,
        "guild_id": claim.guild_id,
    }


class NewsService:
    def __init__(
        self,
        db: Database,
        directory: Directory,
        resolver: Resolver,
        events: Events,
        today: Callable[[], date] = _today,
    ) -> None:
        self.db = db
        self.directory = directory
        self.resolver = resolver
        self.events = events
        self.today = today

    # -- the use cases -------------------------------------------------------------------
    async def add(self, request: AddNews, actor: Actor) -> Preview | Added | UnknownPerson:
        """Preview a story (`confirm` False) or store it; or say the person is unknown."""
        prepared = await self.prepare(request, actor)
        if isinstance(prepared, UnknownPerson):
            return prepared
        if request.confirm:
            return await self.store(prepared, actor)
        await self._ensure_new_source(prepared, actor.guild_id)
        return await self._preview(prepared, actor.guild_id)

    async def prepare(self, request: AddNews, actor: Actor) -> NewsDraft | UnknownPerson:
        """Check a submission and resolve its names: the draft `store` takes."""
        scope = Scope(actor.guild_id, PEOPLE, "person")
        picked = self.resolver.pick(request.person, scope)
        if not isinstance(picked, EntityRef):
            self._fields(request, has_destination=bool(request.to_team))  # a bad link first
            closest = picked.candidates if isinstance(picked, Ambiguous) else picked.suggestions
            return UnknownPerson(picked.query, closest[:3], isinstance(picked, Ambiguous))
        to_team = self._team(request.to_team, "to_team", actor)
        from_team = self._team(request.from_team, "from_team", actor)
        if not request.from_team:
            from_team = await self.default_from_team(picked.id)
            if from_team == to_team and request.kind in ("transfer", "staff_move"):
                from_team = None
        fields = self._fields(request, has_destination=to_team is not None)
        draft = make_draft(fields, picked.id, from_team, to_team)
        return await self._infer_season(draft, actor.guild_id) if draft.season is None else draft

    async def create_person(self, request: CreatePerson, actor: Actor) -> PersonCreated:
        """Create a person a moderator named; local to the guild where it was created."""
        async with self.db.transaction() as conn:
            person = await insert_person(conn, request, actor)
        learn_person(self.directory, person)
        return PersonCreated(person)

    async def create_team(self, request: CreateTeam, actor: Actor) -> TeamCreated:
        """Create a team a moderator named; local to the guild where it was created."""
        async with self.db.transaction() as conn:
            team = await insert_team(conn, request, actor)
        learn_team(self.directory, team)
        return TeamCreated(team)

    # -- the steps -----------------------------------------------------------------------
    def draft(self, *, person_id: int, from_team_id: int | None = None,
              to_team_id: int | None = None, **fields: Any) -> NewsDraft:  # fmt: skip
        """A draft from resolved ids and the other fields as AddNews names them."""
        checked = check_fields(has_destination=bool(to_team_id), today=self.today(), **fields)
        return make_draft(checked, person_id, from_team_id, to_team_id)

    async def default_from_team(self, person_id: int) -> int | None:
        """The team we hold for a person in their latest season."""
        return (await people_db.current_team_ids(self.db.conn, [person_id])).get(person_id)

    async def store(self, draft: NewsDraft, actor: Actor) -> Added:
        """Store a story: a new claim, or one more source on the same claim. One transaction."""
        async with self.db.transaction() as conn:
            return await self.store_in(conn, draft, actor)

    async def store_in(self, conn: aiosqlite.Connection, draft: NewsDraft, actor: Actor) -> Added:
        """`store` inside the caller's transaction (several stories that land together)."""
        person = await people_db.get_person(conn, draft.person_id)
        if person is None or person.guild_id not in (None, actor.guild_id):
            raise NotFound("that person is not in this server's records")
        claim_id = await claims_db.find_same(
            conn, draft.person_id, draft.kind, draft.to_team_id, draft.season, actor.guild_id
        )
        report_id, is_new_report = await self._report(conn, draft, claim_id, actor)
        old_status, improved = None, {}
        if claim_id is None:
            claim_id = await self._insert_claim(conn, draft, actor)
        else:
            before = await claims_db.get_any_scope(conn, claim_id)
            assert before is not None
            old_status = before.status
            improved = await self._enrich(conn, before, draft, person.name)
        role = draft.role or default_role_for(draft.status)
        await claims_db.add_source(conn, claim_id, report_id, role, draft.status)
        if draft.credit_outlet:
            await self._add_credited(conn, draft, claim_id, report_id, is_new_report, actor)
        new_status = await claims_db.restatus(conn, claim_id)
        after = await claims_db.get_any_scope(conn, claim_id)
        assert after is not None
        better = self._improved(improved, draft, after)
        added = Added(claim_id, old_status is not None, old_status, new_status, better)
        await self._record_add(conn, added, report_id, role, actor, improved)
        return added

    # -- helpers -------------------------------------------------------------------------
    def _team(self, name: str | None, field: str, actor: Actor) -> int | None:
        if not name:
            return None
        return self.resolver.pick_one(name, Scope(actor.guild_id, TEAMS, field)).id

    def _fields(self, request: AddNews, *, has_destination: bool) -> StoryFields:
        r = request
        return check_fields(
            kind=r.kind, status=r.status, source_url=r.source_url, summary=r.summary,
            has_destination=has_destination, today=self.today(), season=r.season,
            contract_end=r.contract_end, outlet=r.outlet, journalist=r.journalist,
            published=r.published, source_role=r.source_role, credit_outlet=r.credit_outlet,
            credit_journalist=r.credit_journalist,
        )  # fmt: skip

    async def _infer_season(self, draft: NewsDraft, guild_id: int | None) -> NewsDraft:
        """The draft with the season it is most likely about: that of the same story a season
        away from the one its date suggests, if there is one, else the one its date suggests.

        A story without a season would stand beside the same story with one, as a second story.
        """
        guess = inferred_season(draft.kind, draft.published)
        stories = await claims_db.same_story_seasons(
            self.db.conn, draft.person_id, draft.kind, draft.to_team_id, guild_id
        )
        near = [s for _, s in stories if s is not None and abs(s - guess) <= 1]
        season = min(near, key=lambda s: (abs(s - guess), -s)) if near else guess
        return replace(draft, season=season, season_inferred=True)

    async def _preview(self, draft: NewsDraft, guild_id: int | None) -> Preview:
        conn = self.db.conn
        person = await people_db.get_person(conn, draft.person_id)
        ids = [t for t in (draft.from_team_id, draft.to_team_id) if t]
        teams = await teams_db.get_teams(conn, ids)
        existing = await claims_db.find_same(
            conn, draft.person_id, draft.kind, draft.to_team_id, draft.season, guild_id
        )
        return Preview(draft, person, teams, existing, guild_id)

    async def _ensure_new_source(self, draft: NewsDraft, guild_id: int | None) -> None:
        """Refuse an article already cited for the same story, pointing at it."""
        conn = self.db.conn
        claim_id = await claims_db.find_same(
            conn, draft.person_id, draft.kind, draft.to_team_id, draft.season, guild_id
        )
        if claim_id is not None:
            await _refuse_cited(conn, article_key(draft.url), claim_id, guild_id)

    async def _report(
        self, conn: aiosqlite.Connection, draft: NewsDraft, claim_id: int | None, actor: Actor
    ) -> tuple[int, bool]:
        """The report for the draft's article: (its id, whether it is new)."""
        ukey = article_key(draft.url)
        if claim_id is not None:
            await _refuse_cited(conn, ukey, claim_id, actor.guild_id)
        existing = await reports_db.by_url_key(conn, ukey, actor.guild_id)
        if existing is not None:
            return existing["id"], False
        report_id = await reports_db.insert(
            conn, outlet=draft.outlet, journalist=draft.journalist, url=draft.url, url_key=ukey,
            published=draft.published, language=draft.language, summary=draft.summary,
            guild_id=actor.guild_id, created_by=actor.id,
        )  # fmt: skip
        await audit.record(
            conn, actor, "create", "report", report_id, None,
            {"outlet": draft.outlet, "journalist": draft.journalist, "url": draft.url,
             "published": draft.published.isoformat()},
        )  # fmt: skip
        return report_id, True

    async def _insert_claim(self, conn: aiosqlite.Connection, d: NewsDraft, actor: Actor) -> int:
        return await claims_db.insert(
            conn, person_id=d.person_id, kind=d.kind, from_team_id=d.from_team_id,
            to_team_id=d.to_team_id, season=d.season, contract_end=d.contract_end,
            status=d.status, summary=d.summary, guild_id=actor.guild_id, created_by=actor.id,
        )  # fmt: skip

    async def _add_credited(
        self, conn: aiosqlite.Connection, draft: NewsDraft, claim_id: int, via: int,
        is_new_report: bool, actor: Actor,
    ) -> None:  # fmt: skip
        """Cite the outlet the article credits, known through it (no link of its own): one
        report per article and credited outlet, cited by every story the article gives it."""
        assert draft.credit_outlet is not None
        found = None if is_new_report else await reports_db.credited(conn, via, draft.credit_outlet)
        if found is not None:
            if claim_id not in await reports_db.claims_citing(conn, found):
                await claims_db.add_source(conn, claim_id, found, draft.credit_role, draft.status)
            return
        report_id = await reports_db.insert_credited(
            conn, outlet=draft.credit_outlet, journalist=draft.credit_journalist,
            published=draft.published, summary=f"Credited by {draft.outlet} with first reporting this.",
            credited_by=via, guild_id=actor.guild_id, created_by=actor.id,
        )  # fmt: skip
        await claims_db.add_source(conn, claim_id, report_id, draft.credit_role, draft.status)
        await audit.record(
            conn, actor, "create", "report", report_id, None,
            {"outlet": draft.credit_outlet, "journalist": draft.credit_journalist, "credited_by": via},
        )  # fmt: skip

    async def _enrich(
        self, conn: aiosqlite.Connection, claim: Claim, draft: NewsDraft, person_name: str
    ) -> dict[str, Any]:
        """Take what a joining source tells better (merge_fields); return the old values."""
        ids = [t for t in (claim.from_team_id, claim.to_team_id, draft.from_team_id) if t]
        teams = await teams_db.get_teams(conn, ids)
        changes = richer_fields(claim, draft, person_name, teams)
        if changes:
            await claims_db.update(conn, claim.id, changes)
        return {k: claim_values(claim)[k] for k in changes}

    @staticmethod
    def _improved(old: dict[str, Any], draft: NewsDraft, after: Claim) -> tuple[str, ...]:
        """What the source improved, by name ('summary_rewritten': ours, written again)."""
        names = [k for k in old if k != "summary"]
        if "summary" in old:
            names.append("summary" if after.summary == draft.summary else "summary_rewritten")
        return tuple(names)

    async def _record_add(
        self, conn: aiosqlite.Connection, added: Added, report_id: int, role: SourceRole,
        actor: Actor, improved: dict[str, Any],
    ) -> None:  # fmt: skip
        """Audit the added story or source and announce it, in the same transaction."""
        after = await claims_db.get_any_scope(conn, added.claim_id)
        assert after is not None
        old = added.old_status
        await audit.record(
            conn, actor, "add_source" if added.merged else "create", "claim", added.claim_id,
            {"status": old.value, **improved} if old else None,
            {**claim_values(after), "report_id": report_id, "source_role": role.value},
        )  # fmt: skip
        action = "source_added" if added.merged else "created"
        event = ClaimEvent(added.claim_id, actor.guild_id, old, added.new_status, action)
        await self.events.emit(conn, event)


async def _refuse_cited(
    conn: aiosqlite.Connection, url_key: str, claim_id: int, guild_id: int | None
) -> None:
    """Raise Duplicate when the article is already a source of the claim."""
    report = await reports_db.by_url_key(conn, url_key, guild_id)
    if report is not None and claim_id in await reports_db.claims_citing(conn, report["id"]):
        raise Duplicate(f"this article is already a source of story ID {claim_id}", claim_id)
