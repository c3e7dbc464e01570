"""Moderating stored news: correct, retract, promote a story, and read its history.

Every change is one audited transaction, announced through `Events` like an added story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import aiosqlite

from bot.domain.errors import Duplicate, InvalidInput, NotAllowed, NotFound
from bot.domain.models import (
    Actor,
    Claim,
    ClaimKind,
    EntityKind,
    EntityRef,
    Person,
    Status,
    Team,
)  # fmt: skip
from bot.domain.rules import SUMMARY_MAX, season_or_none
from bot.domain.text import clean_text
from bot.services.directory import Directory
from bot.services.drafts import kind_of
from bot.services.events import ClaimEvent, Events
from bot.services.merge_fields import says_more
from bot.services.news import claim_values
from bot.services.resolver import PEOPLE, TEAMS, Resolver, Scope
from bot.storage import audit
from bot.storage import claims as claims_db
from bot.storage import people as people_db
from bot.storage import reports as reports_db
from bot.storage import teams as teams_db
from bot.storage.audit import AuditEntry
from bot.storage.db import Database

HISTORY_MAX = 200


@dataclass(frozen=True, slots=True)
class EditNews:
    """/editnews: new values for a story's facts (None: unchanged); teams as typed."""

    claim_id: int
    summary: str | None = None
    kind: str | None = None
    season: int | None = None
    contract_end: int | None = None
    to_team: str | None = None
    from_team: str | None = None


@dataclass(frozen=True, slots=True)
class Edited:
    claim_id: int
    changed: tuple[str, ...]  # the options given, by name


@dataclass(frozen=True, slots=True)
class EditForm:
    """The current values of a story, to fill the correction form with."""

    claim_id: int


@dataclass(frozen=True, slots=True)
class StoryForm:
    claim_id: int
    summary: str
    season: str
    contract_end: str
    to_team: str
    from_team: str


@dataclass(frozen=True, slots=True)
class RetractNews:
    claim_id: int
    reason: str | None


@dataclass(frozen=True, slots=True)
class Retracted:
    claim_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class PromoteNews:
    claim_id: int


@dataclass(frozen=True, slots=True)
class Promoted:
    claim_id: int


@dataclass(frozen=True, slots=True)
class MergeNews:
    """Merge story `claim_id` into story `into_id`: the same story stored twice."""

    claim_id: int
    into_id: int


@dataclass(frozen=True, slots=True)
class Merged:
    claim_id: int  # gone: its sources are now the other story's
    into_id: int
    moved: int  # sources moved (one both cited stays once)
    old_status: Status
    new_status: Status


@dataclass(frozen=True, slots=True)
class ShowHistory:
    name: str | None  # a person, as typed


@dataclass(frozen=True, slots=True)
class HistoryView:
    person: Person | None
    name: str  # what was asked, when the person is gone
    entries: list[AuditEntry]
    teams: dict[int, Team] = field(default_factory=dict)  # the teams the entries name by id
    sources: dict[int, tuple[str, str | None]] = field(
        default_factory=dict
    )  # report id: outlet, link


class ModerationService:
    def __init__(
        self,
        db: Database,
        directory: Directory,
        resolver: Resolver,
        events: Events,
        owner_ids: frozenset[int] = frozenset(),
    ) -> None:
        self.db = db
        self.directory = directory
        self.resolver = resolver
        self.events = events
        self.owner_ids = owner_ids

    def is_owner(self, actor: Actor) -> bool:
        """Whether the actor is one of the bot's owners (OWNER_IDS, or the console)."""
        return actor.is_owner or (actor.id is not None and actor.id in self.owner_ids)

    async def edit(self, request: EditNews, actor: Actor) -> Edited:
        """Correct the facts given; old and new values go to the audit log."""
        changes: dict[str, Any] = {}
        for key in ("summary", "kind"):
            if getattr(request, key):
                changes[key] = getattr(request, key)
        for key in ("season", "contract_end"):
            if getattr(request, key) is not None:
                changes[key] = getattr(request, key)
        for key in ("to_team", "from_team"):
            if getattr(request, key):
                scope = Scope(actor.guild_id, TEAMS, key)
                changes[f"{key}_id"] = self.resolver.pick_one(getattr(request, key), scope).id
        if not changes:
            raise InvalidInput(
                "changes",
                "Nothing to change: give summary, kind, season, contract_end, to_team or from_team",
            )
        await self._correct(request.claim_id, dict(changes), actor)
        return Edited(request.claim_id, tuple(sorted(k.removesuffix("_id") for k in changes)))

    async def edit_form(self, request: EditForm, actor: Actor) -> StoryForm:
        """A story's current values, once it is known the actor may change it."""
        claim = await claims_db.get_any_scope(self.db.conn, request.claim_id)
        if claim is None or claim.guild_id not in (None, actor.guild_id):
            raise InvalidInput("id", f"No story with ID {request.claim_id} in this server")
        if claim.guild_id is None and not self.is_owner(actor):
            raise NotAllowed(
                f"story ID {request.claim_id} is global; only the bot owners can change it"
            )
        ids = [t for t in (claim.to_team_id, claim.from_team_id) if t]
        teams = await teams_db.get_teams(self.db.conn, ids)

        def team(team_id: int | None) -> str:
            return teams[team_id].name_in(claim.season) if team_id in teams else ""

        return StoryForm(
            claim.id, claim.summary or "", str(claim.season or ""),
            str(claim.contract_end or ""), team(claim.to_team_id), team(claim.from_team_id),
        )  # fmt: skip

    async def _correct(self, claim_id: int, changes: dict[str, Any], actor: Actor) -> Claim:
        """Change stored facts (claims_db.EDITABLE names), checked; return the claim after."""
        _check_changes(changes)
        async with self.db.transaction() as conn:
            claim = await self._editable(conn, claim_id, actor)
            old = claim_values(claim)
            merged = {**old, **changes}
            other = await claims_db.find_same(
                conn, claim.person_id, merged["kind"], merged["to_team_id"], merged["season"],
                claim.guild_id,
            )  # fmt: skip
            if other is not None and other != claim_id:
                raise Duplicate(f"that would make it the same story as ID {other}", other)
            if not changes or all(old.get(k) == v for k, v in changes.items()):
                return claim
            await claims_db.update(conn, claim_id, changes)
            after = await claims_db.get_any_scope(conn, claim_id)
            assert after is not None
            await audit.record(
                conn, actor, "update", "claim", claim_id,
                {k: old[k] for k in changes}, {k: claim_values(after)[k] for k in changes},
            )  # fmt: skip
            event = ClaimEvent(claim_id, claim.guild_id, claim.status, after.status, "edited")
            await self.events.emit(conn, event)
        return after

    async def merge(self, request: MergeNews, actor: Actor) -> Merged:
        """Fold a story into the same story stored again: its sources, links and richer facts
        move over, and it is gone (its history stays, under the story it joined)."""
        async with self.db.transaction() as conn:
            old = await self._editable(conn, request.claim_id, actor)
            into = await self._editable(conn, request.into_id, actor)
            if old.id == into.id:
                raise InvalidInput("into", "must be another story than the one merged")
            if (old.person_id, old.guild_id) != (into.person_id, into.guild_id):
                raise InvalidInput(
                    "into", f"Story ID {into.id} is about someone else or seen elsewhere"
                )
            fill = _richer(old, into)
            if fill:
                await claims_db.update(conn, into.id, fill)
            moved = await claims_db.merge_into(conn, old.id, into.id)
            status = await claims_db.restatus(conn, into.id)
            before = {"status": into.status.value, **{k: getattr(into, k) for k in fill}}
            after = {"status": status.value, **fill, "merged_from": old.id, "moved": moved}
            await audit.record(conn, actor, "merge", "claim", into.id, before, after)
            gone = {"merged_into": into.id}
            await audit.record(conn, actor, "merge", "claim", old.id, claim_values(old), gone)
            await self.events.emit(
                conn, ClaimEvent(into.id, into.guild_id, into.status, status, "edited")
            )
        return Merged(old.id, into.id, moved, into.status, status)

    async def retract(self, request: RetractNews, actor: Actor) -> Retracted:
        """Soft-retract: kept in history and shown as retracted with the reason."""
        claim_id = request.claim_id
        text = clean_text(request.reason, "reason", max_len=SUMMARY_MAX)
        assert text is not None
        async with self.db.transaction() as conn:
            claim = await self._editable(conn, claim_id, actor)
            if claim.status is Status.RETRACTED:
                raise InvalidInput("id", f"Story ID {claim_id} is already retracted")
            await claims_db.retract(conn, claim_id, text)
            await audit.record(
                conn, actor, "retract", "claim", claim_id,
                {"status": claim.status.value}, {"status": "retracted", "retracted_reason": text},
            )  # fmt: skip
            event = ClaimEvent(
                claim_id, claim.guild_id, claim.status, Status.RETRACTED, "retracted"
            )
            await self.events.emit(conn, event)
        return Retracted(claim_id, text)

    async def promote(self, request: PromoteNews, actor: Actor) -> Promoted:
        """Make a guild's story global (bot owners only), with its reports and person."""
        claim_id = request.claim_id
        if not self.is_owner(actor):
            raise NotAllowed("only the bot owners can make a story global")
        async with self.db.transaction() as conn:
            claim = await claims_db.get_any_scope(conn, claim_id)
            if claim is None:
                raise NotFound(f"no story with ID {claim_id}")
            if claim.guild_id is None:
                raise InvalidInput("id", f"Story ID {claim_id} is already global")
            clash = await claims_db.find_same(
                conn, claim.person_id, claim.kind, claim.to_team_id, claim.season, None
            )
            if clash is not None:
                raise Duplicate(f"a global story ID {clash} already covers this", clash)
            await claims_db.make_global(conn, claim_id)
            await reports_db.make_global_for_claim(conn, claim_id)
            await people_db.make_global(conn, claim.person_id)
            await audit.record(
                conn, actor, "promote", "claim", claim_id,
                {"guild_id": claim.guild_id}, {"guild_id": None},
            )  # fmt: skip
            await self.events.emit(conn, ClaimEvent(claim_id, None, None, claim.status, "promoted"))
        self.directory.make_global(EntityRef(EntityKind.PERSON, claim.person_id))
        return Promoted(claim_id)

    async def history(self, request: ShowHistory, actor: Actor) -> HistoryView:
        """Every change to a person and their stories visible in the actor's scope."""
        ref = self.resolver.pick_one(request.name, Scope(actor.guild_id, PEOPLE, "name"))
        conn = self.db.conn
        claim_ids = await claims_db.ids_for_person(conn, ref.id, actor.guild_id)
        entries = await audit.history(conn, "claim", claim_ids, limit=HISTORY_MAX)
        merged = sorted(_named_ids(entries, "merged_from"))  # gone, their history kept
        entries += await audit.history(conn, "claim", merged, limit=HISTORY_MAX)
        entries += await audit.history(conn, "person", [ref.id], limit=HISTORY_MAX)
        report_ids = await reports_db.ids_for_claims(conn, claim_ids)
        entries += await audit.history(conn, "report", report_ids, limit=HISTORY_MAX)
        person = await people_db.get_person(conn, ref.id)
        entries.sort(key=lambda e: e.id, reverse=True)
        named = _named_ids(entries, "report_id")
        sources = await reports_db.sources_by_id(conn, sorted(named | set(report_ids)))
        teams = await teams_db.get_teams(conn, sorted(_named_ids(entries, *TEAM_FIELDS)))
        return HistoryView(person, request.name or "", entries, teams, sources)

    async def _editable(self, conn: aiosqlite.Connection, claim_id: int, actor: Actor) -> Claim:
        claim = await claims_db.get_any_scope(conn, claim_id)
        owner = self.is_owner(actor)
        visible = claim is not None and claim.guild_id in (None, actor.guild_id)
        if claim is None or (not visible and not owner):
            raise NotFound(f"no story with ID {claim_id} in this server")
        if claim.guild_id is None and not owner:
            raise NotAllowed(f"story ID {claim_id} is global; only the bot owners can change it")
        return claim


TEAM_FIELDS = ("from_team_id", "to_team_id")


def _richer(old: Claim, into: Claim) -> dict[str, Any]:
    """What the story merged away tells and the one it joins lacks (or tells less well)."""
    fill: dict[str, Any] = {}
    for key in ("from_team_id", "contract_end"):
        if getattr(into, key) is None and getattr(old, key) is not None:
            fill[key] = getattr(old, key)
    stronger = old.status.strength > into.status.strength
    if old.summary and (not into.summary or (stronger and says_more(old.summary, into.summary))):
        fill["summary"] = old.summary
    return fill


def _named_ids(entries: list[AuditEntry], *keys: str) -> set[int]:
    """The ids the entries' old and new values give under `keys`."""
    found: set[int] = set()
    for e in entries:
        for values in (e.old_values or {}, e.new_values or {}):
            found.update(v for k in keys if isinstance(v := values.get(k), int))
    return found


def _check_changes(changes: dict[str, Any]) -> None:
    """Check corrected values in place (a summary is cleaned, a kind becomes its value)."""
    unknown = set(changes) - claims_db.EDITABLE
    if unknown:
        raise InvalidInput(sorted(unknown)[0], "cannot be edited")
    if "summary" in changes:
        changes["summary"] = clean_text(changes["summary"], "summary", max_len=SUMMARY_MAX)
    if "kind" in changes:
        changes["kind"] = ClaimKind(kind_of(changes["kind"])).value
    for option in ("season", "contract_end"):
        if option in changes:
            season_or_none(changes[option], option)
