"""Typed story proposals: who, what, which teams, and the article as the source.

A proposal comes from the article reader (/addarticle, and the news desk's feed cards) and is
what Confirm stores. Its person and teams are either known (an id) or new (a name), which
Confirm creates in the same transaction as the story. Plain values only, so a proposal can be
kept, edited and shown by any adapter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from bot.domain.models import Claim, ClaimKind, SourceRole, Status, Team, TeamName
from bot.domain.reading import SeasonBasis
from bot.domain.rules import SUMMARY_MAX
from bot.domain.story import what_happened
from bot.domain.text import shorten
from bot.services.drafts import NEED_DESTINATION

# The kinds whose origin is the team of the season before (a move); for the others (an
# extension, a retirement) the origin is the team of the season itself.
MOVES = frozenset({ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE, ClaimKind.COMEBACK})


@dataclass(frozen=True, slots=True)
class ProposedPerson:
    """Who a proposal is about: a known person (`id`), or a new one that Confirm creates."""

    name: str
    id: int | None = None
    role: str = "rider"  # a new person's role (a Role value)
    nationality: str | None = None  # a new person's IOC code, when the article says it

    @property
    def is_new(self) -> bool:
        return self.id is None


@dataclass(frozen=True, slots=True)
class ProposedTeam:
    """A team of a proposal: a known lineage (`id`), or a new team that Confirm creates."""

    name: str  # a known lineage as it was named in the proposal's season; a new one as written
    id: int | None = None

    @property
    def is_new(self) -> bool:
        return self.id is None


# How a headline names a destination the article left out (Edit asks for it).
UNNAMED = ProposedTeam("a team the article does not name")


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """The article as a story's source: who published it, when, and whom it credits."""

    url: str
    outlet: str | None  # None: the site is neither known nor readable (Edit asks for it)
    published: date
    dated: bool  # False: no published date was given, so today's date stands in
    journalist: str | None = None
    role: SourceRole = SourceRole.REPORTED  # the article's own part in the story
    credit_outlet: str | None = None  # the outlet the text credits with the story
    credit_journalist: str | None = None
    credit_role: SourceRole = SourceRole.BROKE  # what the credited outlet did: broke, reported


@dataclass(frozen=True, slots=True)
class Proposal:
    """One story an article reports, as Confirm would store it."""

    number: int  # its place in the review, from 1: errors and cards name it by this
    person: ProposedPerson
    kind: ClaimKind
    status: Status
    from_team: ProposedTeam | None
    to_team: ProposedTeam | None
    season: int | None
    contract_end: int | None
    source: ArticleSource
    summary: str | None = None  # None: our own sentence from the facts (`summary_text`)
    evidence: str = ""  # the article's sentence it rests on (shown, never stored)
    season_basis: SeasonBasis = SeasonBasis.TEXT

    @property
    def headline(self) -> str:
        """What happened, in one clause of our own (no status)."""
        to_team = self.to_team
        if to_team is None and self.kind in NEED_DESTINATION:
            to_team = UNNAMED  # never "a new team": the article did not say which
        teams: dict[int, Team] = {}
        for n, team in ((1, self.from_team), (2, to_team)):
            if team is not None:
                teams[n] = Team(n, "proposed", (TeamName(team.name, 0, None),))
        shape = Claim(
            id=0, person_id=0, kind=self.kind, from_team_id=1 if self.from_team else None,
            to_team_id=2 if to_team else None, season=self.season, status=self.status,
            contract_end=self.contract_end,
        )  # fmt: skip
        return what_happened(shape, self.person.name, teams)

    @property
    def summary_text(self) -> str:
        """The summary Confirm stores: the moderator's, or the headline as a sentence."""
        return self.summary or shorten(self.headline + ".", SUMMARY_MAX)

    @property
    def missing(self) -> tuple[str, ...]:
        """The fields Confirm needs that the article did not give (Edit asks for them)."""
        needs = []
        if self.kind in NEED_DESTINATION and self.to_team is None:
            needs.append("to_team")
        if self.source.outlet is None:
            needs.append("outlet")
        return tuple(needs)

    @property
    def season_from_today(self) -> bool:
        """The season was counted from today's date: the article had no date."""
        return self.season_basis is SeasonBasis.TODAY


def team_season(kind: ClaimKind, season: int | None, *, origin: bool) -> int | None:
    """The season whose name a proposal's team goes by: a move's origin, the season before."""
    if origin and season is not None and kind in MOVES:
        return season - 1
    return season


# -- kept as plain values (a news desk card keeps its proposals in the database) ----------
def proposal_record(p: Proposal) -> dict[str, Any]:
    """The proposal as JSON-ready values; `proposal_from_record` gives it back."""
    record = asdict(p)
    record["source"]["published"] = p.source.published.isoformat()
    return record


def proposal_from_record(record: Mapping[str, Any]) -> Proposal:
    """A proposal kept by `proposal_record`."""
    src = dict(record["source"])
    src["published"] = date.fromisoformat(src["published"])
    src["role"] = SourceRole(src["role"])
    src["credit_role"] = SourceRole(src["credit_role"])
    return Proposal(
        number=int(record["number"]), person=ProposedPerson(**record["person"]),
        kind=ClaimKind(record["kind"]), status=Status(record["status"]),
        from_team=_team(record.get("from_team")), to_team=_team(record.get("to_team")),
        season=record.get("season"), contract_end=record.get("contract_end"),
        source=ArticleSource(**src), summary=record.get("summary"),
        evidence=record.get("evidence") or "",
        season_basis=SeasonBasis(record.get("season_basis") or SeasonBasis.TEXT),
    )  # fmt: skip


def _team(record: Mapping[str, Any] | None) -> ProposedTeam | None:
    return ProposedTeam(**record) if record else None
