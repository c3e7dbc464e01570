"""Article-assisted entry: propose the stories a pasted article makes, for a moderator to confirm.

The article text is only read here and in the ephemeral review; nothing of it is stored. Each
proposal's summary is written by us from the structured facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.domain.errors import InvalidInput
from bot.domain.extract import EntityHit, Extraction, ProposedClaim, extract_claims
from bot.domain.models import Actor, Claim, EntityKind
from bot.domain.rules import SUMMARY_MAX
from bot.domain.story import what_happened
from bot.domain.text import clean_text
from bot.services.directory import Directory
from bot.services.drafts import clean_url, parse_published
from bot.services.news import AddNews, NewsService
from bot.storage import people as people_db
from bot.storage import teams as teams_db
from bot.storage.db import Database

ARTICLE_MAX = 4000


@dataclass(frozen=True, slots=True)
class ReviewArticle:
    """/addarticle: an article's text, its link and when it was published (None: today)."""

    text: str | None
    url: str | None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed story: the /addnews it would be, and what the moderator needs to judge it."""

    request: AddNews
    evidence: str
    headline: str
    to_team_name: str  # the destination as named that season ("" when there is none)


@dataclass(frozen=True, slots=True)
class ArticleReview:
    outlet: str | None
    journalist: str | None
    source_role: str
    proposals: tuple[Proposal, ...]


class DirectoryLookup:
    """The extractor's view of our people and teams: only confident, visible matches count."""

    def __init__(self, directory: Directory, guild_id: int | None) -> None:
        self.directory = directory
        self.guild_id = guild_id

    def _hit(self, name: str, kind: EntityKind) -> EntityHit | None:
        res = self.directory.resolve(name, self.guild_id, kinds={kind})
        if res.outcome != "match" or res.best is None:
            return None
        return EntityHit(res.best.ref, res.best.label)

    def person(self, name: str) -> EntityHit | None:
        return self._hit(name, EntityKind.PERSON)

    def team(self, name: str) -> EntityHit | None:
        return self._hit(name, EntityKind.TEAM)


class ArticleService:
    def __init__(self, db: Database, directory: Directory, news: NewsService) -> None:
        self.db = db
        self.directory = directory
        self.news = news

    async def review(self, request: ReviewArticle, actor: Actor) -> ArticleReview:
        """Check the submission and propose its stories (nothing is stored here)."""
        link = clean_url(request.url)
        day = parse_published(request.published, self.news.today())
        body = (request.text or "").strip()
        if not body:
            raise InvalidInput("text", "is empty: paste the article's text")
        if len(body) > ARTICLE_MAX:
            raise InvalidInput(
                "text", f"is {len(body)} characters long; the limit is {ARTICLE_MAX}"
            )
        lookup = DirectoryLookup(self.directory, actor.guild_id)
        ex = extract_claims(body, url=link, published=day, lookup=lookup)
        proposals = [await self._proposal(claim, ex, link, day) for claim in ex.claims]
        return ArticleReview(ex.outlet, ex.journalist, ex.source_role.value, tuple(proposals))

    async def _proposal(
        self, claim: ProposedClaim, ex: Extraction, url: str, day: date
    ) -> Proposal:
        conn = self.db.conn
        person_id = claim.person.ref.id
        person = await people_db.get_person(conn, person_id)
        from_id = claim.from_team.ref.id if claim.from_team else None
        to_id = claim.to_team.ref.id if claim.to_team else None
        if from_id is None and to_id is not None:
            from_id = await self.news.default_from_team(person_id)
            if from_id == to_id:
                from_id = None
        teams = await teams_db.get_teams(conn, [t for t in (from_id, to_id) if t])
        shape = Claim(
            id=0, person_id=person_id, kind=claim.kind, from_team_id=from_id, to_team_id=to_id,
            season=claim.season, status=claim.status, contract_end=claim.contract_end,
        )  # fmt: skip
        headline = what_happened(shape, person.name if person else claim.person.name, teams)
        publisher = ex.publisher or ex.outlet
        credited = ex.outlet if ex.outlet and ex.outlet != publisher else None
        request = AddNews(
            person=f"person:{person_id}", kind=claim.kind.value, status=claim.status.value,
            source_url=url, summary=clean_text(headline + ".", "summary", max_len=SUMMARY_MAX),
            to_team=f"team:{to_id}" if to_id else None,
            from_team=f"team:{from_id}" if from_id else None, season=claim.season,
            contract_end=claim.contract_end, outlet=publisher,
            journalist=None if credited else ex.journalist, published=day.isoformat(),
            credit_outlet=credited, credit_journalist=ex.journalist if credited else None,
            source_role=ex.source_role.value if not credited else "reported",
        )  # fmt: skip
        to_name = teams[to_id].name_in(claim.season) if to_id in teams else ""
        return Proposal(request, claim.evidence, headline, to_name)
