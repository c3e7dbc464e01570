"""Article-assisted entry: propose the stories a pasted article makes, for a moderator to confirm.

The article text is only read here and in the ephemeral review; nothing of it is stored. Each
proposal's summary is written by us from the structured facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.domain.errors import InvalidInput
from bot.domain.extract import EntityHit, Extraction, ProposedClaim, extract_claims
from bot.domain.models import EntityKind
from bot.domain.story import what_happened
from bot.domain.text import clean_text
from bot.services.container import Services
from bot.services.news import clean_url, parse_published
from bot.storage import people as people_db
from bot.storage import teams as teams_db
from bot.storage.audit import Actor

ARTICLE_MAX = 4000


class DirectoryLookup:
    """The extractor's view of our people and teams: only confident, visible matches count."""

    def __init__(self, services: Services, guild_id: int | None) -> None:
        self.directory = services.directory
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


@dataclass(slots=True)
class Proposal:
    """One proposed story, as /addnews options plus what the moderator needs to judge it."""

    options: dict[str, Any]
    evidence: str
    headline: str


@dataclass(slots=True)
class ArticleReview:
    extraction: Extraction
    proposals: list[Proposal] = field(default_factory=list)


async def review_article(
    s: Services, *, text: str | None, url: str | None, published: str | None, actor: Actor
) -> ArticleReview:
    """Validate the submission and propose its stories (nothing is stored here)."""
    link = clean_url(url)
    day = parse_published(published, s.news.today())
    body = (text or "").strip()
    if not body:
        raise InvalidInput("text", "is empty: paste the article's text")
    if len(body) > ARTICLE_MAX:
        raise InvalidInput("text", f"is {len(body)} characters long; the limit is {ARTICLE_MAX}")
    extraction = extract_claims(
        body, url=link, published=day, lookup=DirectoryLookup(s, actor.guild_id)
    )
    review = ArticleReview(extraction)
    for claim in extraction.claims:
        review.proposals.append(await _proposal(s, claim, extraction, link, day))
    return review


async def _proposal(
    s: Services, claim: ProposedClaim, ex: Extraction, url: str, day: date
) -> Proposal:
    conn = s.db.conn
    person = await people_db.get_person(conn, claim.person.ref.id)
    from_id = claim.from_team.ref.id if claim.from_team else None
    if from_id is None and claim.to_team is not None:
        from_id = await s.news.default_from_team(claim.person.ref.id)
        if from_id == claim.to_team.ref.id:
            from_id = None
    to_id = claim.to_team.ref.id if claim.to_team else None
    teams = await teams_db.get_teams(conn, [t for t in (from_id, to_id) if t])
    from bot.domain.models import Claim

    shape = Claim(
        id=0, person_id=claim.person.ref.id, kind=claim.kind, from_team_id=from_id,
        to_team_id=to_id, season=claim.season, status=claim.status, contract_end=claim.contract_end,
    )  # fmt: skip
    name = person.name if person else claim.person.name
    headline = what_happened(shape, name, teams)
    publisher = ex.publisher or ex.outlet
    credited = ex.outlet if ex.outlet and ex.outlet != publisher else None
    summary = clean_text(headline + ".", "summary", max_len=300)
    options: dict[str, Any] = {
        "person": f"person:{claim.person.ref.id}",
        "kind": claim.kind.value,
        "status": claim.status.value,
        "source_url": url,
        "summary": summary,
        "to_team": f"team:{to_id}" if to_id else None,
        "from_team": f"team:{from_id}" if from_id else None,
        "season": claim.season,
        "contract_end": claim.contract_end,
        "outlet": publisher,
        "journalist": None if credited else ex.journalist,
        "published": day.isoformat(),
        "credit_outlet": credited,
        "credit_journalist": ex.journalist if credited else None,
        "source_role": ex.source_role.value if not credited else "reported",
    }
    return Proposal(options, claim.evidence, headline)
