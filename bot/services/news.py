"""Adding, merging, correcting, retracting and promoting facts. Every write is audited."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import aiosqlite

from bot.domain.models import (
    Claim,
    ClaimKind,
    EntityKind,
    EntityRef,
    Person,
    Role,
    SourceRole,
    Status,
)
from bot.domain.outlets import outlet_for_url
from bot.domain.status import default_role_for, derive_status
from bot.domain.text import InvalidInput, clean_text
from bot.domain.urls import normalise_url, url_key
from bot.services.directory import Directory, person_entry
from bot.storage import audit, catalog, news
from bot.storage.audit import Actor
from bot.storage.db import Database

log = logging.getLogger(__name__)

SUMMARY_MAX = 300
NAME_MAX = 100


class NotAllowed(Exception):
    """The actor may not make this change (another guild's fact, a global one, not an owner)."""


class NotFound(Exception):
    """No such fact in the actor's scope."""


class Duplicate(Exception):
    """The same article was already stored for this claim."""

    def __init__(self, message: str, claim_id: int) -> None:
        super().__init__(message)
        self.claim_id = claim_id


@dataclass(frozen=True, slots=True)
class NewsDraft:
    """A validated /addnews submission, not yet stored."""

    person_id: int
    kind: ClaimKind
    from_team_id: int | None
    to_team_id: int | None
    season: int | None
    contract_end: int | None
    status: Status
    url: str
    outlet: str
    journalist: str | None
    published: date
    summary: str
    language: str | None = None
    role: SourceRole | None = None
    # An outlet this article credits with the story (it broke it): stored as a linked report.
    credit_outlet: str | None = None
    credit_journalist: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimEvent:
    """What changed, for announcements: written to the outbox in the same transaction."""

    claim_id: int
    guild_id: int | None
    old_status: Status | None
    new_status: Status
    action: str  # created | source_added | edited | retracted | promoted


@dataclass(frozen=True, slots=True)
class AddResult:
    claim_id: int
    merged: bool
    old_status: Status | None
    new_status: Status


Hook = Callable[[aiosqlite.Connection, ClaimEvent], Awaitable[None]]


def _source_role(raw: str | None) -> SourceRole | None:
    if raw is None:
        return None
    try:
        return SourceRole(raw)
    except ValueError:
        raise InvalidInput("source_role", "unknown source role") from None


def _year(value: int | None, field: str) -> int | None:
    if value is not None and not 1900 <= value <= 2100:
        raise InvalidInput(field, "must be a year between 1900 and 2100")
    return value


def parse_published(raw: str | None, today: date) -> date:
    if raw is None or not raw.strip():
        return today
    try:
        value = date.fromisoformat(raw.strip())
    except ValueError:
        raise InvalidInput("published", "must be a date like 2023-10-04") from None
    if value > today or value.year < 1900:
        raise InvalidInput("published", "cannot be in the future or before 1900")
    return value


def clean_url(raw: str | None) -> str:
    text = clean_text(raw, "source_url", max_len=2000)
    assert text is not None
    try:
        normalise_url(text)
    except ValueError as exc:
        raise InvalidInput("source_url", str(exc)) from None
    # Keep the link as given (it works); the normalised form is only the duplicate key.
    return text


def article_key(url: str) -> str:
    """The key that recognises the same article again, however its link was written."""
    return url_key(normalise_url(url))


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
        owner_ids: frozenset[int] = frozenset(),
        today: Callable[[], date] | None = None,
    ) -> None:
        self.db = db
        self.directory = directory
        self.owner_ids = owner_ids
        self.today = today or (lambda: datetime.now(UTC).date())
        self.hooks: list[Hook] = []

    def is_owner(self, actor: Actor) -> bool:
        return actor.is_owner or (actor.id is not None and actor.id in self.owner_ids)

    # -- validation ----------------------------------------------------------------------
    def draft(
        self,
        *,
        person_id: int,
        kind: str,
        status: str,
        source_url: str | None,
        summary: str | None,
        from_team_id: int | None = None,
        to_team_id: int | None = None,
        season: int | None = None,
        contract_end: int | None = None,
        outlet: str | None = None,
        journalist: str | None = None,
        published: str | None = None,
        source_role: str | None = None,
        credit_outlet: str | None = None,
        credit_journalist: str | None = None,
    ) -> NewsDraft:
        """Validate every field, naming the one at fault."""
        try:
            claim_kind = ClaimKind(kind)
        except ValueError:
            raise InvalidInput(
                "kind", f"must be one of {', '.join(k.value for k in ClaimKind)}"
            ) from None
        try:
            claim_status = Status(status)
        except ValueError:
            raise InvalidInput("status", "unknown status") from None
        if claim_status is Status.RETRACTED:
            raise InvalidInput("status", "use /retractnews to retract a story")
        url = clean_url(source_url)
        known = outlet_for_url(url)
        outlet_name = clean_text(outlet, "outlet", max_len=NAME_MAX, required=False)
        if outlet_name is None:
            if known is None:
                raise InvalidInput("outlet", "is required: the link's site is not a known outlet")
            outlet_name = known.name
        text = clean_text(summary, "summary", max_len=SUMMARY_MAX)
        assert text is not None
        if (
            claim_kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE, ClaimKind.COMEBACK)
            and not to_team_id
        ):
            raise InvalidInput("to_team", f"is required for a {claim_kind.label}")
        if claim_kind is ClaimKind.TRANSFER and from_team_id and from_team_id == to_team_id:
            raise InvalidInput("to_team", "is the same as from_team")
        return NewsDraft(
            person_id=person_id,
            kind=claim_kind,
            from_team_id=from_team_id,
            to_team_id=to_team_id,
            season=_year(season, "season"),
            contract_end=_year(contract_end, "contract_end"),
            status=claim_status,
            url=url,
            outlet=outlet_name,
            journalist=clean_text(journalist, "journalist", max_len=NAME_MAX, required=False),
            published=parse_published(published, self.today()),
            summary=text,
            language=known.language if known else None,
            role=_source_role(source_role),
            credit_outlet=clean_text(
                credit_outlet, "credit_outlet", max_len=NAME_MAX, required=False
            ),
            credit_journalist=clean_text(
                credit_journalist, "credit_journalist", max_len=NAME_MAX, required=False
            ),
        )

    async def default_from_team(self, person_id: int) -> int | None:
        return (await catalog.current_team_ids(self.db.conn, [person_id])).get(person_id)

    async def existing_for(self, draft: NewsDraft, guild_id: int | None) -> int | None:
        """The claim this draft would merge into, if any (shown in the preview)."""
        return await news.find_claim(
            self.db.conn, draft.person_id, draft.kind, draft.to_team_id, draft.season, guild_id
        )

    async def ensure_new_source(self, draft: NewsDraft, guild_id: int | None) -> None:
        """Refuse an article already cited for the same story, pointing at it."""
        claim_id = await self.existing_for(draft, guild_id)
        if claim_id is None:
            return
        report = await news.report_by_url_key(self.db.conn, article_key(draft.url), guild_id)
        if report is not None and claim_id in await news.claims_citing(self.db.conn, report["id"]):
            raise Duplicate(f"this article is already a source of story ID {claim_id}", claim_id)

    # -- writes --------------------------------------------------------------------------
    async def add(self, draft: NewsDraft, actor: Actor) -> AddResult:
        """Store a story: a new claim, or one more source on the same claim. One transaction."""
        scope = actor.guild_id
        async with self.db.transaction() as conn:
            person = await catalog.get_person(conn, draft.person_id)
            if person is None or (person.guild_id is not None and person.guild_id != scope):
                raise NotFound("that person is not in this server's records")
            ukey = article_key(draft.url)
            claim_id = await news.find_claim(
                conn, draft.person_id, draft.kind, draft.to_team_id, draft.season, scope
            )
            existing_report = await news.report_by_url_key(conn, ukey, scope)
            if existing_report is not None and claim_id is not None:
                citing = await news.claims_citing(conn, existing_report["id"])
                if claim_id in citing:
                    raise Duplicate(
                        f"this article is already a source of story ID {claim_id}", claim_id
                    )
            if existing_report is not None:
                report_id = existing_report["id"]
            else:
                cur = await conn.execute(
                    "INSERT INTO report (outlet, journalist, url, url_key, published, language,"
                    " summary, guild_id, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        draft.outlet,
                        draft.journalist,
                        draft.url,
                        ukey,
                        draft.published.isoformat(),
                        draft.language,
                        draft.summary,
                        scope,
                        actor.id,
                    ),
                )
                report_id = cur.lastrowid
                await audit.record(
                    conn, actor, "create", "report", report_id, None,
                    {"outlet": draft.outlet, "journalist": draft.journalist, "url": draft.url,
                     "published": draft.published.isoformat()},
                )  # fmt: skip
            old_status: Status | None = None
            merged = claim_id is not None
            if claim_id is None:
                cur = await conn.execute(
                    "INSERT INTO claim (person_id, kind, from_team_id, to_team_id, season,"
                    " contract_end, status, summary, guild_id, created_by)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        draft.person_id,
                        draft.kind.value,
                        draft.from_team_id,
                        draft.to_team_id,
                        draft.season,
                        draft.contract_end,
                        draft.status.value,
                        draft.summary,
                        scope,
                        actor.id,
                    ),
                )
                claim_id = cur.lastrowid
                assert claim_id is not None
            else:
                before = await news.get_claim_any_scope(conn, claim_id)
                assert before is not None
                old_status = before.status
            role = draft.role or default_role_for(draft.status)
            await conn.execute(
                "INSERT INTO claim_source (claim_id, report_id, role, status) VALUES (?, ?, ?, ?)",
                (claim_id, report_id, role.value, draft.status.value),
            )
            if draft.credit_outlet and existing_report is None:
                await self._add_credited(conn, draft, claim_id, report_id, actor)
            new_status = await self._restatus(conn, claim_id)
            after = await news.get_claim_any_scope(conn, claim_id)
            assert after is not None
            await audit.record(
                conn,
                actor,
                "add_source" if merged else "create",
                "claim",
                claim_id,
                {"status": old_status.value} if old_status else None,
                {**claim_values(after), "report_id": report_id, "source_role": role.value},
            )
            await self._emit(
                conn,
                ClaimEvent(
                    claim_id, scope, old_status, new_status, "source_added" if merged else "created"
                ),
            )
        return AddResult(claim_id, merged, old_status, new_status)

    async def _add_credited(
        self, conn: aiosqlite.Connection, draft: NewsDraft, claim_id: int, via: int, actor: Actor
    ) -> None:
        """Store the outlet the article credits, known through it (no link of its own)."""
        cur = await conn.execute(
            "INSERT INTO report (outlet, journalist, published, summary, credited_by, guild_id,"
            " created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                draft.credit_outlet,
                draft.credit_journalist,
                draft.published.isoformat(),
                f"Credited by {draft.outlet} with first reporting this.",
                via,
                actor.guild_id,
                actor.id,
            ),
        )
        await conn.execute(
            "INSERT INTO claim_source (claim_id, report_id, role, status) VALUES (?, ?, 'broke', ?)",
            (claim_id, cur.lastrowid, draft.status.value),
        )
        await audit.record(
            conn, actor, "create", "report", cur.lastrowid, None,
            {"outlet": draft.credit_outlet, "journalist": draft.credit_journalist, "credited_by": via},
        )  # fmt: skip

    async def _restatus(self, conn: aiosqlite.Connection, claim_id: int) -> Status:
        rows = await conn.execute_fetchall(
            "SELECT cs.status, r.published FROM claim_source cs JOIN report r ON r.id = cs.report_id"
            " WHERE cs.claim_id = ?",
            (claim_id,),
        )
        retracted = await conn.execute_fetchall(
            "SELECT retracted_reason IS NOT NULL FROM claim WHERE id = ?", (claim_id,)
        )
        status = derive_status(
            [(Status(r[0]), date.fromisoformat(r[1])) for r in rows],
            retracted=bool(next(iter(retracted))[0]),
        )
        await conn.execute(
            "UPDATE claim SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
            " WHERE id = ?",
            (status.value, claim_id),
        )
        return status

    async def _emit(self, conn: aiosqlite.Connection, event: ClaimEvent) -> None:
        for hook in self.hooks:
            await hook(conn, event)

    async def _editable(self, conn: aiosqlite.Connection, claim_id: int, actor: Actor) -> Claim:
        claim = await news.get_claim_any_scope(conn, claim_id)
        visible = claim is not None and (claim.guild_id is None or claim.guild_id == actor.guild_id)
        if claim is None or (not visible and not self.is_owner(actor)):
            raise NotFound(f"no story with ID {claim_id} in this server")
        if self.is_owner(actor):
            return claim
        if claim.guild_id is None:
            raise NotAllowed(f"story ID {claim_id} is global; only the bot owners can change it")
        return claim

    async def edit(self, claim_id: int, changes: dict[str, Any], actor: Actor) -> Claim:
        """Correct a claim's facts; old and new values go to the audit log."""
        allowed = {"kind", "from_team_id", "to_team_id", "season", "contract_end", "summary"}
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidInput(sorted(unknown)[0], "cannot be edited")
        if "summary" in changes:
            changes["summary"] = clean_text(changes["summary"], "summary", max_len=SUMMARY_MAX)
        if "kind" in changes:
            try:
                changes["kind"] = ClaimKind(changes["kind"]).value
            except ValueError:
                raise InvalidInput("kind", "unknown kind") from None
        for field in ("season", "contract_end"):
            if field in changes:
                _year(changes[field], field)
        async with self.db.transaction() as conn:
            claim = await self._editable(conn, claim_id, actor)
            old = claim_values(claim)
            merged = {**old, **changes}
            other = await news.find_claim(
                conn, claim.person_id, ClaimKind(merged["kind"]), merged["to_team_id"],
                merged["season"], claim.guild_id,
            )  # fmt: skip
            if other is not None and other != claim_id:
                raise Duplicate(f"that would make it the same story as ID {other}", other)
            if not changes or all(old.get(k) == v for k, v in changes.items()):
                return claim
            sets = ", ".join(f"{k} = ?" for k in changes)
            await conn.execute(
                f"UPDATE claim SET {sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
                " WHERE id = ?",
                (*changes.values(), claim_id),
            )
            after = await news.get_claim_any_scope(conn, claim_id)
            assert after is not None
            await audit.record(
                conn, actor, "update", "claim", claim_id,
                {k: old[k] for k in changes}, {k: claim_values(after)[k] for k in changes},
            )  # fmt: skip
            await self._emit(
                conn, ClaimEvent(claim_id, claim.guild_id, claim.status, after.status, "edited")
            )
        return after

    async def retract(self, claim_id: int, reason: str, actor: Actor) -> Claim:
        """Soft-retract: kept in history and shown as retracted with the reason."""
        text = clean_text(reason, "reason", max_len=SUMMARY_MAX)
        async with self.db.transaction() as conn:
            claim = await self._editable(conn, claim_id, actor)
            if claim.status is Status.RETRACTED:
                raise InvalidInput("id", f"story ID {claim_id} is already retracted")
            await conn.execute(
                "UPDATE claim SET status = 'retracted', retracted_reason = ?,"
                " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                (text, claim_id),
            )
            await audit.record(
                conn, actor, "retract", "claim", claim_id,
                {"status": claim.status.value}, {"status": "retracted", "retracted_reason": text},
            )  # fmt: skip
            await self._emit(
                conn,
                ClaimEvent(claim_id, claim.guild_id, claim.status, Status.RETRACTED, "retracted"),
            )
            after = await news.get_claim_any_scope(conn, claim_id)
        assert after is not None
        return after

    async def promote(self, claim_id: int, actor: Actor) -> Claim:
        """Make a guild's fact global (bot owners only), with its reports."""
        if not self.is_owner(actor):
            raise NotAllowed("only the bot owners can make a story global")
        async with self.db.transaction() as conn:
            claim = await news.get_claim_any_scope(conn, claim_id)
            if claim is None:
                raise NotFound(f"no story with ID {claim_id}")
            if claim.guild_id is None:
                raise InvalidInput("id", f"story ID {claim_id} is already global")
            clash = await news.find_claim(
                conn, claim.person_id, claim.kind, claim.to_team_id, claim.season, None
            )
            if clash is not None:
                raise Duplicate(f"a global story ID {clash} already covers this", clash)
            await conn.execute("UPDATE claim SET guild_id = NULL WHERE id = ?", (claim_id,))
            await conn.execute(
                "UPDATE report SET guild_id = NULL WHERE id IN"
                " (SELECT report_id FROM claim_source WHERE claim_id = ?) AND NOT EXISTS"
                " (SELECT 1 FROM report g WHERE g.url_key = report.url_key AND g.guild_id IS NULL)",
                (claim_id,),
            )
            await conn.execute(
                "UPDATE person SET guild_id = NULL WHERE id = ? AND guild_id IS NOT NULL",
                (claim.person_id,),
            )
            await audit.record(
                conn,
                actor,
                "promote",
                "claim",
                claim_id,
                {"guild_id": claim.guild_id},
                {"guild_id": None},
            )
            await self._emit(conn, ClaimEvent(claim_id, None, None, claim.status, "promoted"))
            after = await news.get_claim_any_scope(conn, claim_id)
        assert after is not None
        self.directory.make_global(_person_ref(after.person_id))
        return after

    async def create_person(
        self, name: str, role: str, nationality: str | None, actor: Actor
    ) -> Person:
        """Create a person a moderator named; local to the guild where it was created."""
        clean = clean_text(name, "person", max_len=NAME_MAX)
        assert clean is not None
        if len(clean) < 2 or not any(ch.isalpha() for ch in clean):
            raise InvalidInput("person", "must be a real name")
        try:
            person_role = Role(role)
        except ValueError:
            raise InvalidInput(
                "role", f"must be one of {', '.join(r.value for r in Role)}"
            ) from None
        nat = (nationality or "").strip().upper() or None
        if nat is not None and not re.fullmatch(r"[A-Z]{3}", nat):
            raise InvalidInput("nationality", "must be a three-letter code such as GBR or DEN")
        from bot.domain.names import fold

        base = re.sub(r"[^a-z0-9]+", "-", fold(clean)).strip("-")[:80] or "person"
        async with self.db.transaction() as conn:
            key = base
            n = 1
            while await (
                await conn.execute("SELECT 1 FROM person WHERE key = ?", (key,))
            ).fetchone():
                n += 1
                key = f"{base}-{n}"
            cur = await conn.execute(
                "INSERT INTO person (key, name, sort_name, role, nationality, guild_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (key, clean, clean.split()[-1], person_role.value, nat, actor.guild_id),
            )
            person_id = cur.lastrowid
            assert person_id is not None
            await audit.record(
                conn, actor, "create", "person", person_id, None,
                {"name": clean, "role": person_role.value, "nationality": nat, "guild_id": actor.guild_id},
            )  # fmt: skip
        person = Person(person_id, key, clean, person_role, nat, guild_id=actor.guild_id)
        self.directory.add(person_entry(person, None, 0.5, clean.split()[-1]), actor.guild_id)
        return person

    async def history(self, person_id: int, actor: Actor) -> list[audit.AuditEntry]:
        """Every change to a person and their stories visible in the actor's scope."""
        conn = self.db.conn
        claim_ids = await news.claim_ids_for_person(conn, person_id, actor.guild_id)
        entries = await audit.history(conn, "claim", claim_ids)
        entries += await audit.history(conn, "person", [person_id])
        report_ids = await news.report_ids_for_claims(conn, claim_ids)
        entries += await audit.history(conn, "report", report_ids)
        return sorted(entries, key=lambda e: e.id, reverse=True)


def _person_ref(person_id: int) -> EntityRef:
    return EntityRef(EntityKind.PERSON, person_id)
