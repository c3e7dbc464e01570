"""Article-assisted entry: propose the stories a pasted article makes, for a moderator to confirm.

The article text is only read here and in the ephemeral review; nothing of it is stored. The
reader (bot.domain.reading) finds the moves; each proposal's summary is written by us from the
structured facts, with the teams named as they were called in that season.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date

from bot.domain.errors import InvalidInput
from bot.domain.models import Actor, Claim, ClaimKind, SourceRole, Team, TeamName
from bot.domain.reading import Proposal as Move
from bot.domain.reading import Reading, ReadingFailed, SeasonBasis, TeamPick, read_article
from bot.domain.rules import SUMMARY_MAX
from bot.domain.status import default_role_for
from bot.domain.story import what_happened
from bot.domain.text import clean_text
from bot.services.directory import Directory
from bot.services.drafts import clean_url, parse_published
from bot.services.news import AddNews, NewsService
from bot.services.reading_lookup import ReaderLookup
from bot.storage import people as people_db
from bot.storage import teams as teams_db
from bot.storage.db import Database

log = logging.getLogger(__name__)

ARTICLE_MAX = 4000
_NEW_TEAM = -1  # the id a team the database lacks has in a proposal's headline


@dataclass(frozen=True, slots=True)
class ReviewArticle:
    """/addarticle: an article's text, its link and when it was published (None: today)."""

    text: str | None
    url: str | None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed story: the /addnews it would be, and what the moderator needs to judge it."""

    request: AddNews  # a person or team the database lacks is named, not referenced
    evidence: str
    headline: str
    to_team_name: str  # the destination as named that season ("" when there is none)
    missing: tuple[str, ...] = ()  # why Confirm cannot store it as it is


@dataclass(frozen=True, slots=True)
class ArticleReview:
    proposals: tuple[Proposal, ...]
    credits: str | None  # the outlets and journalists the article credits, in its order
    publisher: str | None  # the outlet that published it (from the link)
    source_role: str  # the role of the first credited source (or of the publisher)


class ArticleService:
    """/addarticle: read a pasted article and propose the stories it reports."""

    def __init__(self, db: Database, directory: Directory, news: NewsService) -> None:
        self.db = db
        self.directory = directory
        self.news = news

    async def review(self, request: ReviewArticle, actor: Actor) -> ArticleReview:
        """Check the submission and propose its stories (nothing is stored here)."""
        link = clean_url(request.url)
        today = self.news.today()
        day = parse_published(request.published, today)
        body = (request.text or "").strip()
        if not body:
            raise InvalidInput("text", "is empty: paste the article's text")
        if len(body) > ARTICLE_MAX:
            raise InvalidInput(
                "text", f"is {len(body)} characters long; the limit is {ARTICLE_MAX}"
            )
        dated = day if request.published and request.published.strip() else None  # None: unsaid
        reading = await self._read(body, link, dated, today, actor.guild_id)
        proposals = tuple([await self._proposal(m, reading, link, day) for m in reading.proposals])
        return ArticleReview(proposals, _credits(reading), reading.publisher, _role(proposals))

    async def _read(
        self, body: str, link: str, dated: date | None, today: date, guild_id: int | None
    ) -> Reading:
        lookup = ReaderLookup(self.directory, guild_id)
        try:
            # Reading a full article takes about 10 ms of CPU (make bench): off the event loop.
            return await asyncio.to_thread(
                read_article, body, url=link, published=dated, lookup=lookup, today=today
            )
        except ReadingFailed as exc:
            log.exception("reading article %s failed in stage %s", exc.digest, exc.stage)
            raise InvalidInput(
                "article",
                f"the reader failed on it (stage {exc.stage}, article {exc.digest}); this was "
                "logged for the developers. Add its stories with /addnews meanwhile.",
            ) from None

    async def _proposal(self, move: Move, reading: Reading, url: str, day: date) -> Proposal:
        missing: list[str] = []
        person = move.person
        if person.ref is None:
            nationality = f", {person.nationality}" if person.nationality else ""
            missing.append(
                f"{person.name} ({person.role}{nationality}) is not in the database yet: "
                "add them before storing this story"
            )
        to_id = _team_id(move.to_team, "destination", missing)
        from_id = _team_id(move.from_team, "origin", missing) if move.from_team else None
        if from_id is None and person.ref is not None and move.from_team is None:
            from_id = await self._team_before(person.ref.id, move.season)
            if from_id == to_id and move.kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE):
                from_id = None
        teams = await self._teams(move, from_id, to_id)
        shape = Claim(
            id=0, person_id=0, kind=move.kind,
            from_team_id=from_id if from_id != _NEW_TEAM else None, to_team_id=to_id,
            season=move.season, status=move.status, contract_end=move.contract_end,
        )  # fmt: skip
        headline = what_happened(shape, person.name, teams)
        if move.season_basis is SeasonBasis.TODAY:
            missing.append("the season was counted from today's date: the article had no date")
        request = _request(move, reading, url, day, headline, from_id, to_id)
        to_name = teams[to_id].name_in(move.season) if to_id in teams else ""
        return Proposal(request, move.evidence, headline, to_name, tuple(missing))

    async def _team_before(self, person_id: int, season: int | None) -> int | None:
        """The team the person rode for before the move's season (their latest, without one)."""
        if season is None:
            return await self.news.default_from_team(person_id)
        found = await people_db.person_with_memberships(self.db.conn, person_id)
        earlier = [m for m in found[1] if m.season < season] if found else []
        return max(earlier, key=lambda m: m.season).team_id if earlier else None

    async def _teams(self, move: Move, from_id: int | None, to_id: int | None) -> dict[int, Team]:
        """The move's teams, a destination the database lacks under the name the text gives."""
        known = [t for t in (from_id, to_id) if t is not None and t != _NEW_TEAM]
        teams = await teams_db.get_teams(self.db.conn, known)
        if to_id == _NEW_TEAM and move.to_team is not None:
            teams[_NEW_TEAM] = Team(_NEW_TEAM, "new", (TeamName(move.to_team.name, 0, None),))
        return teams


def _team_id(team: TeamPick | None, role: str, missing: list[str]) -> int | None:
    if team is None:
        return None
    if team.ref is None:
        missing.append(f"the {role} {team.name} is not in the database yet: add the team first")
        return _NEW_TEAM
    return team.ref.id


def _request(
    move: Move,
    reading: Reading,
    url: str,
    day: date,
    headline: str,
    from_id: int | None,
    to_id: int | None,
) -> AddNews:
    """The /addnews a confirmed proposal is: who, what, and the article as its source."""
    credited = move.credit if move.credit and move.credit != reading.publisher else None
    role = SourceRole.BROKE if move.broke else SourceRole.REPORTED
    if not credited:
        role = default_role_for(move.status)  # the publisher's own
    return AddNews(
        person=f"person:{move.person.ref.id}" if move.person.ref else move.person.name,
        kind=move.kind.value,
        status=move.status.value,
        source_url=url,
        summary=clean_text(headline + ".", "summary", max_len=SUMMARY_MAX),
        to_team=_team_option(move.to_team, to_id),
        from_team=_team_option(move.from_team, from_id),
        season=move.season,
        contract_end=move.contract_end,
        outlet=reading.publisher,
        journalist=None if credited else move.journalist,
        published=day.isoformat(),
        credit_outlet=credited,
        credit_journalist=move.journalist if credited else None,
        source_role=role.value,
    )


def _team_option(team: TeamPick | None, team_id: int | None) -> str | None:
    if team_id is None:
        return None
    if team_id == _NEW_TEAM:
        return team.name if team else None
    return f"team:{team_id}"


def _credits(reading: Reading) -> str | None:
    """The outlets and journalists the article credits (in the order it credits them)."""
    names: dict[str, None] = {}
    for p in reading.proposals:
        for x in (p.credit, p.journalist):
            if x is not None:
                names[x] = None
    return ", ".join(names) or None


def _role(proposals: tuple[Proposal, ...]) -> str:
    """The role of the article's first credited source (or of the publisher)."""
    credited = [p for p in proposals if p.request.credit_outlet]
    ordered = credited or proposals
    if not ordered:
        return SourceRole.REPORTED.value
    return ordered[0].request.source_role or SourceRole.REPORTED.value
