"""Article-assisted entry: propose the stories a pasted article reports; store those a moderator
confirms, with the people and teams they name that the database lacks.

The article text is only read here and shown in the ephemeral review; nothing of it is stored.
The reader (bot.domain.reading) finds the moves; each proposal's summary is written by us from
the structured facts, with the teams named as they were called in that season. Confirm stores
any number of proposals in one transaction: all of them, or none.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial

import aiosqlite

from bot.domain.errors import InvalidInput, MercatoError
from bot.domain.matching import FULL
from bot.domain.models import Actor, ClaimKind, EntityKind, EntityRef, SourceRole, Team
from bot.domain.names import fold
from bot.domain.reading import Proposal as Move
from bot.domain.reading import Reading, ReadingFailed, TeamPick, read_article
from bot.domain.status import default_role_for
from bot.domain.urls import article_key
from bot.services.creations import (
    CreatePerson,
    CreateTeam,
    insert_person,
    insert_team,
    learn_person,
    learn_team,
)
from bot.services.directory import Directory
from bot.services.drafts import NewsDraft, StoryFields, check_fields, make_draft, parse_published
from bot.services.drafts import clean_url as checked_url
from bot.services.news import Added, NewsService
from bot.services.proposal_edits import EditProposal, apply_edit
from bot.services.proposals import (
    ArticleSource,
    Proposal,
    ProposedPerson,
    ProposedTeam,
    team_season,
)
from bot.services.reading_lookup import ReaderLookup
from bot.storage import claims as claims_db
from bot.storage import people as people_db
from bot.storage import reports as reports_db
from bot.storage import teams as teams_db
from bot.storage.db import Database

log = logging.getLogger(__name__)

ARTICLE_MAX = 4000
# A move "to" the team the person already rides for names no origin.
SAME_TEAM_IS_NO_MOVE = (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE)

__all__ = [
    "ARTICLE_MAX", "ArticleReview", "ArticleService", "ArticleSource", "ConfirmProposals",
    "EditProposal", "Proposal", "ProposalCheck", "ProposalNotStored", "ProposedPerson",
    "ProposedTeam", "ReviewArticle", "Stored", "StoredProposal",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReviewArticle:
    """/addarticle: an article's text, its link and when it was published (None: today)."""

    text: str | None
    url: str | None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleReview:
    """The stories an article reports, for a moderator to confirm, edit or skip."""

    proposals: tuple[Proposal, ...]
    credits: str | None  # the outlets and journalists the article credits, in its order
    publisher: str | None  # the outlet that published it (from the link)
    source_role: str  # the role of the first credited source (or of the publisher)
    dated: bool = True  # False: no published date was given; seasons count from today
    digest: str = ""  # the article's hash, for logs and reports


@dataclass(frozen=True, slots=True)
class ProposalCheck:
    """Whether Confirm can store a proposal as it is now, and what storing it would do."""

    proposal: Proposal
    problem: str | None  # why Confirm would fail (an edit fixes it); None: it can store it
    existing_id: int | None  # the story it would add this article to as a source
    stored_id: int | None  # the story this article is already a source of (nothing to do)
    guild_id: int | None  # where it will be visible (None: everywhere)

    @property
    def storable(self) -> bool:
        return self.problem is None and self.stored_id is None


@dataclass(frozen=True, slots=True)
class ConfirmProposals:
    """Store these proposals (from one article or several): all of them, or none."""

    proposals: tuple[Proposal, ...]


@dataclass(frozen=True, slots=True)
class StoredProposal:
    """What confirming one proposal did."""

    proposal: Proposal
    claim_id: int
    added: Added | None  # None: the article was already a source of that story


@dataclass(frozen=True, slots=True)
class Stored:
    """What Confirm stored, in the order of the request, and the people and teams it created."""

    results: tuple[StoredProposal, ...]
    people: tuple[ProposedPerson, ...] = ()
    teams: tuple[ProposedTeam, ...] = ()


# What runs last in Confirm's transaction, with what it stored.
AfterConfirm = Callable[[aiosqlite.Connection, "list[StoredProposal]"], Awaitable[None]]


class ProposalNotStored(MercatoError):
    """A proposal failed while storing several: the transaction rolled back, nothing stored."""

    title = "Nothing stored"

    def __init__(self, proposal: Proposal, reason: str) -> None:
        super().__init__(
            f"Proposal {proposal.number} ({proposal.headline}) could not be stored: "
            f"{reason.rstrip('.')}. Nothing was stored; edit or skip it and confirm again."
        )
        self.proposal = proposal


@dataclass(slots=True)
class _Made:
    """The people and teams one Confirm created, by folded name (one each, however many
    proposals name them)."""

    people: dict[str, int] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)
    new_people: list[tuple[ProposedPerson, int]] = field(default_factory=list)


class ArticleService:
    """/addarticle: read an article, propose its stories, edit them, store the confirmed."""

    def __init__(self, db: Database, directory: Directory, news: NewsService) -> None:
        self.db = db
        self.directory = directory
        self.news = news

    # -- the use cases -------------------------------------------------------------------
    async def review(
        self, request: ReviewArticle, actor: Actor, *, executor: Executor | None = None
    ) -> ArticleReview:
        """Check the submission and propose its stories (nothing is stored here).

        The reading runs on `executor` (the news desk's reading thread), else the default one.
        """
        link = checked_url(request.url)
        today = self.news.today()
        day = parse_published(request.published, today)
        body = (request.text or "").strip()
        if not body:
            raise InvalidInput("text", "is empty: paste the article's text")
        if len(body) > ARTICLE_MAX:
            raise InvalidInput(
                "text", f"is {len(body)} characters long; the limit is {ARTICLE_MAX}"
            )
        dated = bool(request.published and request.published.strip())
        reading = await self._read(
            body, link, day if dated else None, today, actor.guild_id, executor
        )
        source = ArticleSource(link, _readable(reading.publisher), day, dated)
        proposals = tuple(
            [await self.propose(n, move, source) for n, move in enumerate(reading.proposals, 1)]
        )
        return ArticleReview(
            proposals, _credits(proposals), source.outlet, _role(proposals), dated,
            reading.digest,
        )  # fmt: skip

    async def propose(self, number: int, move: Move, source: ArticleSource) -> Proposal:
        """The proposal for one move the reader found in an article published as `source`."""
        person = move.person
        from_team = move.from_team
        if from_team is None and person.ref is not None:
            from_team = await self._team_before(person.ref.id, move)
        teams = await teams_db.get_teams(
            self.db.conn, [t.ref.id for t in (from_team, move.to_team) if t and t.ref]
        )
        return Proposal(
            number=number,
            person=ProposedPerson(
                person.name,
                person.ref.id if person.ref else None,
                person.role,
                person.nationality,
            ),
            kind=move.kind,
            status=move.status,
            from_team=_proposed(from_team, teams, team_season(move.kind, move.season, origin=True)),
            to_team=_proposed(move.to_team, teams, move.season),
            season=move.season,
            contract_end=move.contract_end,
            source=_credited(source, move),
            evidence=move.evidence,
            season_basis=move.season_basis,
        )

    async def check(self, proposal: Proposal, actor: Actor) -> ProposalCheck:
        """Whether Confirm can store the proposal now, and whether it merges or is stored."""
        problem = None
        try:
            self._fields(proposal)
        except InvalidInput as exc:
            problem = exc.message
        existing = stored = None
        person, to = proposal.person, proposal.to_team
        if person.id is not None and (to is None or to.id is not None):
            conn, guild = self.db.conn, actor.guild_id
            existing = await claims_db.find_same(
                conn, person.id, proposal.kind, to.id if to else None, proposal.season, guild
            )
            if existing is not None and await _cites(conn, proposal.source.url, existing, guild):
                stored = existing
        return ProposalCheck(proposal, problem, existing, stored, actor.guild_id)

    async def edit(self, request: EditProposal, actor: Actor) -> Proposal:
        """The proposal with the moderator's changes; InvalidInput (nothing changed) for bad ones."""
        return await apply_edit(request, self.news.resolver, self.db, actor)

    async def confirm(
        self, request: ConfirmProposals, actor: Actor, *, then: AfterConfirm | None = None
    ) -> Stored:
        """Store the proposals and the new people and teams they name, in one transaction:
        all of them, or none (ProposalNotStored names the one that failed). `then` runs last
        in the same transaction (the news desk records its decision there)."""
        if not request.proposals:
            raise InvalidInput("proposals", "none were selected")
        checked = [(p, self._checked(p)) for p in request.proposals]
        made = _Made()
        async with self.db.transaction() as conn:
            results = [await self._store_one(conn, p, f, made, actor) for p, f in checked]
            if then is not None:
                await then(conn, results)
        # Only now that it committed may the name index find what was created.
        people: list[ProposedPerson] = []
        for who, person_id in made.new_people:
            person = await people_db.get_person(self.db.conn, person_id)
            if person is not None:
                learn_person(self.directory, person)
                people.append(ProposedPerson(person.name, person.id, who.role, who.nationality))
        for team in made.teams.values():
            learn_team(self.directory, team)
        created = tuple(ProposedTeam(t.current_name, t.id) for t in made.teams.values())
        return Stored(tuple(results), tuple(people), created)

    # -- reading -------------------------------------------------------------------------
    async def _read(
        self,
        body: str,
        link: str,
        dated: date | None,
        today: date,
        guild_id: int | None,
        executor: Executor | None = None,
    ) -> Reading:
        lookup = ReaderLookup(self.directory, guild_id)
        read = partial(read_article, body, url=link, published=dated, lookup=lookup, today=today)
        try:
            # Reading a full article takes about 10 ms of CPU (make bench): off the event loop.
            return await asyncio.get_running_loop().run_in_executor(executor, read)
        except ReadingFailed as exc:
            log.exception("reading article %s failed in stage %s", exc.digest, exc.stage)
            raise InvalidInput(
                "article",
                f"the reader failed on it (stage {exc.stage}, article {exc.digest}); this was "
                "logged for the developers. Add its stories with /addnews meanwhile.",
            ) from None

    async def _team_before(self, person_id: int, move: Move) -> TeamPick | None:
        """The team the person rode for before the move's season (their latest, without one)."""
        if move.season is None:
            team_id = await self.news.default_from_team(person_id)
        else:
            found = await people_db.person_with_memberships(self.db.conn, person_id)
            earlier = [m for m in found[1] if m.season < move.season] if found else []
            team_id = max(earlier, key=lambda m: m.season).team_id if earlier else None
        to = move.to_team.ref.id if move.to_team and move.to_team.ref else None
        if team_id is None or (team_id == to and move.kind in SAME_TEAM_IS_NO_MOVE):
            return None  # nothing held, or they already ride there
        return TeamPick("", EntityRef(EntityKind.TEAM, team_id))

    # -- storing -------------------------------------------------------------------------
    def _fields(self, p: Proposal) -> StoryFields:
        s = p.source
        return check_fields(
            kind=p.kind.value, status=p.status.value, source_url=s.url, summary=p.summary_text,
            has_destination=p.to_team is not None, today=self.news.today(), season=p.season,
            contract_end=p.contract_end, outlet=s.outlet, journalist=s.journalist,
            published=s.published.isoformat(), source_role=s.role.value,
            credit_outlet=s.credit_outlet, credit_journalist=s.credit_journalist,
            credit_role=s.credit_role.value,
        )  # fmt: skip

    def _checked(self, p: Proposal) -> StoryFields:
        """The proposal's fields, checked before anything is written."""
        try:
            return self._fields(p)
        except MercatoError as exc:
            raise ProposalNotStored(p, exc.message) from exc

    async def _store_one(
        self, conn: aiosqlite.Connection, p: Proposal, fields: StoryFields, made: _Made,
        actor: Actor,
    ) -> StoredProposal:  # fmt: skip
        try:
            return await self._store(conn, p, fields, made, actor)
        except MercatoError as exc:
            raise ProposalNotStored(p, exc.message) from exc
        except Exception as exc:  # a storage failure: the whole batch rolls back
            log.exception("storing proposal %d (%s) failed", p.number, p.headline)
            raise ProposalNotStored(p, "it could not be written (the error was logged)") from exc

    async def _store(
        self, conn: aiosqlite.Connection, p: Proposal, fields: StoryFields, made: _Made,
        actor: Actor,
    ) -> StoredProposal:  # fmt: skip
        person_id = await self._person_id(conn, p.person, made, actor)
        to_id = await self._team_id(conn, p.to_team, p, False, made, actor)
        from_id = await self._team_id(conn, p.from_team, p, True, made, actor)
        draft = make_draft(fields, person_id, from_id, to_id)
        cited = await _cited_claim(conn, draft, actor.guild_id)
        if cited is not None:
            return StoredProposal(p, cited, None)
        added = await self.news.store_in(conn, draft, actor)
        return StoredProposal(p, added.claim_id, added)

    async def _person_id(
        self, conn: aiosqlite.Connection, who: ProposedPerson, made: _Made, actor: Actor
    ) -> int:
        """The person's id: known, created earlier in this Confirm, known by that exact name
        by now (another moderator added them), or created now."""
        if who.id is not None:
            return who.id
        key = fold(who.name)
        if key not in made.people:
            found = self._exact(who.name, EntityKind.PERSON, actor.guild_id)
            if found is None:
                person = await insert_person(
                    conn, CreatePerson(who.name, who.role, who.nationality), actor
                )
                found = person.id
                made.new_people.append((who, found))
            made.people[key] = found
        return made.people[key]

    async def _team_id(
        self, conn: aiosqlite.Connection, team: ProposedTeam | None, p: Proposal, origin: bool,
        made: _Made, actor: Actor,
    ) -> int | None:  # fmt: skip
        """The team's id: known, created earlier in this Confirm, known by that exact name by
        now, or created now with its name from the season it is named for."""
        if team is None or team.id is not None:
            return team.id if team else None
        key = fold(team.name)
        if key in made.teams:
            return made.teams[key].id
        found = self._exact(team.name, EntityKind.TEAM, actor.guild_id)
        if found is not None:
            return found
        season = team_season(p.kind, p.season, origin=origin) or p.source.published.year
        created = await insert_team(conn, CreateTeam(team.name, season), actor)
        made.teams[key] = created
        return created.id

    def _exact(self, name: str, kind: EntityKind, guild_id: int | None) -> int | None:
        """The one person or team the guild sees by exactly this name, if there is one."""
        res = self.directory.resolve(name, guild_id, kinds={kind})
        if res.outcome == "match" and res.best is not None and res.best.score >= FULL:
            return res.best.ref.id
        return None


def _proposed(
    team: TeamPick | None, teams: dict[int, Team], season: int | None
) -> ProposedTeam | None:
    """A team the reader named, known ones as the lineage was named in `season`."""
    if team is None:
        return None
    if team.ref is None:
        return ProposedTeam(team.name)
    known = teams.get(team.ref.id)
    return ProposedTeam(known.name_in(season) if known else team.name, team.ref.id)


def _credited(source: ArticleSource, move: Move) -> ArticleSource:
    """The article as the source of this move: the outlet and journalist the text credits
    become the report that broke (or reported) it; the article's own role follows the status."""
    credited = move.credit if move.credit and move.credit != source.outlet else None
    if credited is None:
        return replace(source, journalist=move.journalist, role=default_role_for(move.status))
    return replace(
        source, role=default_role_for(move.status), credit_outlet=credited,
        credit_journalist=move.journalist,
        credit_role=SourceRole.BROKE if move.broke else SourceRole.REPORTED,
    )  # fmt: skip


async def _cites(conn: aiosqlite.Connection, url: str, claim_id: int, guild: int | None) -> bool:
    """Whether the article at `url` is already a source of the claim."""
    report = await reports_db.by_url_key(conn, article_key(url), guild)
    return report is not None and claim_id in await reports_db.claims_citing(conn, report["id"])


async def _cited_claim(
    conn: aiosqlite.Connection, draft: NewsDraft, guild: int | None
) -> int | None:
    """The same story, when this article is already one of its sources."""
    claim_id = await claims_db.find_same(
        conn, draft.person_id, draft.kind, draft.to_team_id, draft.season, guild
    )
    if claim_id is not None and await _cites(conn, draft.url, claim_id, guild):
        return claim_id
    return None


def _readable(publisher: str | None) -> str | None:
    """The publisher's name, if a reader can tell it (a bare number is no outlet's name: Edit
    asks for it)."""
    if publisher is None or not any(ch.isalpha() for ch in publisher):
        return None
    return publisher


def _credits(proposals: tuple[Proposal, ...]) -> str | None:
    """The outlets and journalists the article credits (in the order it credits them)."""
    names: dict[str, None] = {}
    for p in proposals:
        s = p.source
        for x in (s.credit_outlet, s.credit_journalist or s.journalist):
            if x is not None:
                names[x] = None
    return ", ".join(names) or None


def _role(proposals: tuple[Proposal, ...]) -> str:
    """The role of the article's first credited source (or of the publisher)."""
    for p in proposals:
        if p.source.credit_outlet:
            return p.source.credit_role.value
    return proposals[0].source.role.value if proposals else SourceRole.REPORTED.value
