"""Article-assisted entry: propose the stories a pasted article makes, for a moderator to confirm.

The article text is only read here and in the ephemeral review; nothing of it is stored. The
reader (bot.domain.reading) finds the moves; each proposal's summary is written by us from the
structured facts, with the teams named as they were called in that season.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.domain.models import Claim, ClaimKind, SourceRole, Status, Team, TeamName
from bot.domain.reading import Proposal as Move
from bot.domain.reading import Reading, ReadingFailed, SeasonBasis, TeamPick, read_article
from bot.domain.summary import what_happened
from bot.domain.text import InvalidInput, clean_text
from bot.services.container import Services
from bot.services.news import clean_url, parse_published
from bot.services.reading_lookup import ReaderLookup
from bot.storage import catalog
from bot.storage.audit import Actor

log = logging.getLogger(__name__)

ARTICLE_MAX = 4000
_NEW_TEAM = -1  # the id a team the database lacks has in a proposal's headline


@dataclass(slots=True)
class Proposal:
    """One proposed story, as /addnews options plus what the moderator needs to judge it."""

    options: dict[str, Any]
    evidence: str
    headline: str
    missing: list[str] = field(default_factory=list)  # why Confirm cannot store it as it is


@dataclass(slots=True)
class ArticleReview:
    reading: Reading
    proposals: list[Proposal] = field(default_factory=list)

    @property
    def credits(self) -> str | None:
        """The outlets and journalists the article credits (in the order it credits them)."""
        names: dict[str, None] = {}
        for p in self.reading.proposals:
            for x in (p.credit, p.journalist):
                if x is not None:
                    names[x] = None
        return ", ".join(names) or None

    @property
    def role(self) -> str:
        """The role of the article's first credited source (or of the publisher)."""
        credited = [p for p in self.proposals if p.options.get("credit_outlet")]
        ordered = credited or self.proposals
        return str(ordered[0].options["source_role"]) if ordered else "reported"


async def review_article(
    s: Services, *, text: str | None, url: str | None, published: str | None, actor: Actor
) -> ArticleReview:
    """Validate the submission and propose its stories (nothing is stored here)."""
    link = clean_url(url)
    today = s.news.today()
    day = parse_published(published, today)
    body = (text or "").strip()
    if not body:
        raise InvalidInput("text", "is empty: paste the article's text")
    if len(body) > ARTICLE_MAX:
        raise InvalidInput("text", f"is {len(body)} characters long; the limit is {ARTICLE_MAX}")
    lookup = ReaderLookup(s.directory, actor.guild_id)
    try:
        dated = day if published and published.strip() else None  # None: the reader says so
        # Reading a full article takes about 10 ms of CPU (make bench): off the event loop.
        reading = await asyncio.to_thread(
            read_article, body, url=link, published=dated, lookup=lookup, today=today
        )
    except ReadingFailed as exc:
        log.exception("reading article %s failed in stage %s", exc.digest, exc.stage)
        raise InvalidInput(
            "article",
            f"the reader failed on it (stage {exc.stage}, article {exc.digest}); this was "
            "logged for the developers. Add its stories with /addnews meanwhile.",
        ) from None
    review = ArticleReview(reading)
    for move in reading.proposals:
        review.proposals.append(await _proposal(s, move, reading, link, day))
    return review


async def _proposal(s: Services, move: Move, reading: Reading, url: str, day: date) -> Proposal:
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
        from_id = await _team_before(s, person.ref.id, move.season)
        if from_id == to_id and move.kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE):
            from_id = None
    headline = await _headline(s, move, person.name, from_id, to_id)
    if move.season_basis is SeasonBasis.TODAY:
        missing.append("the season was counted from today's date: the article had no date")
    options = _options(move, reading, url, day, headline, from_id, to_id)
    return Proposal(options, move.evidence, headline, missing)


async def _team_before(s: Services, person_id: int, season: int | None) -> int | None:
    """The team the person rode for before the move's season (their latest, without one)."""
    if season is None:
        return await s.news.default_from_team(person_id)
    found = await catalog.person_with_memberships(s.db.conn, person_id)
    earlier = [m for m in found[1] if m.season < season] if found else []
    return max(earlier, key=lambda m: m.season).team_id if earlier else None


def _team_id(team: TeamPick | None, role: str, missing: list[str]) -> int | None:
    if team is None:
        return None
    if team.ref is None:
        missing.append(f"the {role} {team.name} is not in the database yet: add the team first")
        return _NEW_TEAM
    return team.ref.id


async def _headline(
    s: Services, move: Move, name: str, from_id: int | None, to_id: int | None
) -> str:
    """What happened, with the teams named as they were called in the move's season."""
    known = [t for t in (from_id, to_id) if t is not None and t != _NEW_TEAM]
    teams = await catalog.get_teams(s.db.conn, known)
    if to_id == _NEW_TEAM and move.to_team is not None:
        teams[_NEW_TEAM] = Team(_NEW_TEAM, "new", (TeamName(move.to_team.name, 0, None),))
    shape = Claim(
        id=0, person_id=0, kind=move.kind, from_team_id=from_id if from_id != _NEW_TEAM else None,
        to_team_id=to_id, season=move.season, status=move.status, contract_end=move.contract_end,
    )  # fmt: skip
    return what_happened(shape, name, teams)


def _options(
    move: Move,
    reading: Reading,
    url: str,
    day: date,
    headline: str,
    from_id: int | None,
    to_id: int | None,
) -> dict[str, Any]:
    person = f"person:{move.person.ref.id}" if move.person.ref else move.person.name
    credited = move.credit if move.credit and move.credit != reading.publisher else None
    role = SourceRole.BROKE if move.broke else SourceRole.REPORTED
    if not credited:
        role = _own_role(move.status)
    return {
        "person": person,
        "kind": move.kind.value,
        "status": move.status.value,
        "source_url": url,
        "summary": clean_text(headline + ".", "summary", max_len=300),
        "to_team": _team_option(move.to_team, to_id),
        "from_team": _team_option(move.from_team, from_id),
        "season": move.season,
        "contract_end": move.contract_end,
        "outlet": reading.publisher,
        "journalist": None if credited else move.journalist,
        "published": day.isoformat(),
        "credit_outlet": credited,
        "credit_journalist": move.journalist if credited else None,
        "source_role": role.value,
    }


def _team_option(team: TeamPick | None, team_id: int | None) -> str | None:
    if team_id is None:
        return None
    if team_id == _NEW_TEAM:
        return team.name if team else None
    return f"team:{team_id}"


def _own_role(status: Status) -> SourceRole:
    """The publisher's own role when it credits no one else."""
    return {
        Status.OFFICIAL: SourceRole.OFFICIAL,
        Status.CONFIRMED: SourceRole.CONFIRMED,
        Status.DENIED: SourceRole.DENIAL,
    }.get(status, SourceRole.REPORTED)
