"""A moderator's changes to a proposal, as typed in a form: checked, names resolved, or refused.

Every field is text as typed; None leaves it as it is, an empty text clears it. Typed names go
through the one resolver: a known person or team, or, when nothing matches, a new one that
Confirm creates. A bad value raises InvalidInput and the proposal stays as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.domain.errors import InvalidInput
from bot.domain.matching import label_for
from bot.domain.models import Actor, EntityRef, Role, Status
from bot.domain.names import fold
from bot.domain.reading import SeasonBasis
from bot.domain.rules import NAME_MAX, NATIONALITY, SUMMARY_MAX, parse_year, season_or_none
from bot.domain.text import clean_text, escape_markdown
from bot.services.creations import CreatePerson, CreateTeam, check_person, check_team
from bot.services.drafts import kind_of
from bot.services.proposals import (
    ArticleSource,
    Proposal,
    ProposedPerson,
    ProposedTeam,
    team_season,
)
from bot.services.resolver import PEOPLE, TEAMS, Ambiguous, Resolver, Scope
from bot.storage import people as people_db
from bot.storage import teams as teams_db
from bot.storage.db import Database


@dataclass(frozen=True, slots=True)
class EditProposal:
    """Changes to a proposal as typed: None leaves a field as it is, "" clears it."""

    proposal: Proposal
    person: str | None = None  # a name: someone we hold, or a new person
    person_details: str | None = None  # a new person's role and nationality: "staff, NOR"
    kind: str | None = None
    from_team: str | None = None
    to_team: str | None = None
    season: str | None = None
    contract_end: str | None = None
    status: str | None = None
    outlet: str | None = None
    summary: str | None = None


def person_details(person: ProposedPerson) -> str:
    """A new person's role and nationality as the form shows them: "staff, NOR"."""
    return ", ".join(x for x in (person.role, person.nationality) if x)


async def apply_edit(
    request: EditProposal, resolver: Resolver, db: Database, actor: Actor
) -> Proposal:
    """The proposal with the changes applied; InvalidInput for the first bad one."""
    p, r = request.proposal, request
    season = _year(r.season, "season", p.season)
    kind = kind_of(r.kind.strip().lower()) if r.kind and r.kind.strip() else p.kind
    edited = replace(
        p, kind=kind, season=season, contract_end=_year(r.contract_end, "contract_end", p.contract_end),
        status=_status(r.status) if r.status and r.status.strip() else p.status,
        summary=_summary(r.summary, p), source=_outlet(r.outlet, p),
        season_basis=SeasonBasis.TEXT if season != p.season else p.season_basis,
    )  # fmt: skip
    guild = actor.guild_id
    person = await _person(r.person, r.person_details, p.person, resolver, db, guild)
    to_team = _team(r.to_team, p.to_team, "to_team", resolver, guild)
    from_team = _team(r.from_team, p.from_team, "from_team", resolver, guild)
    edited = replace(edited, person=person, to_team=to_team, from_team=from_team)
    return await _named_in_season(edited, db)


def _year(raw: str | None, field: str, current: int | None) -> int | None:
    if raw is None:
        return current
    return season_or_none(parse_year(raw, field), field)


def _status(raw: str) -> Status:
    try:
        status = Status(raw.strip().lower())
    except ValueError:
        status = Status.RETRACTED  # refused just below, with the valid ones
    if status is Status.RETRACTED:
        valid = ", ".join(s.value for s in Status if s is not Status.RETRACTED)
        raise InvalidInput("status", f"must be one of {valid}")
    return status


def _summary(raw: str | None, p: Proposal) -> str | None:
    """The moderator's summary; our own sentence again when cleared or left as shown."""
    if raw is None or not raw.strip() or " ".join(raw.split()) == p.summary_text:
        return p.summary
    return clean_text(raw, "summary", max_len=SUMMARY_MAX)


def _outlet(raw: str | None, p: Proposal) -> ArticleSource:
    """The outlet as typed; left empty, the one shown (a story's source always has one)."""
    if raw is None:
        return p.source
    outlet = clean_text(raw, "outlet", max_len=NAME_MAX, required=False) or p.source.outlet
    if outlet is None:
        raise InvalidInput("outlet", "is required: the link's site has no name we can read")
    return replace(p.source, outlet=outlet)


async def _person(
    raw: str | None, details: str | None, current: ProposedPerson, resolver: Resolver,
    db: Database, guild: int | None,
) -> ProposedPerson:  # fmt: skip
    """The person as typed: unchanged, someone the guild sees, or a new person."""
    role, nationality = _details(details, current)
    if raw is None or not raw.strip() or _same(raw, current.name):
        if current.is_new:
            _, checked_role, nat = check_person(CreatePerson(current.name, role, nationality))
            return replace(current, role=checked_role.value, nationality=nat)
        return current
    picked = resolver.pick(raw, Scope(guild, PEOPLE, "person"))
    if isinstance(picked, EntityRef):
        person = await people_db.get_person(db.conn, picked.id)
        if person is not None:
            return ProposedPerson(person.name, person.id, person.role.value, person.nationality)
    if isinstance(picked, Ambiguous):
        raise InvalidInput("person", _several(picked))
    name, checked_role, nat = check_person(CreatePerson(raw, role, nationality))
    return ProposedPerson(name, None, checked_role.value, nat)


_DETAIL_SPLIT = re.compile(r"[\s,;/]+")


def _details(raw: str | None, current: ProposedPerson) -> tuple[str, str | None]:
    """A new person's role and nationality from "staff, NOR" (either may be left out)."""
    if raw is None:
        return current.role, current.nationality
    role, nat = current.role, None
    roles = {r.value for r in Role}
    for word in (w for w in _DETAIL_SPLIT.split(raw.strip()) if w):
        if word.lower() in roles:
            role = word.lower()
        elif NATIONALITY.fullmatch(word.upper()):
            nat = word.upper()
        else:
            raise InvalidInput(
                "details",
                f"must be a role ({', '.join(sorted(roles))}) and a three-letter nationality, "
                "for example “rider, NOR”",
            )
    return role, nat


def _team(
    raw: str | None, current: ProposedTeam | None, field: str, resolver: Resolver,
    guild: int | None,
) -> ProposedTeam | None:  # fmt: skip
    """The team as typed: unchanged, cleared, one the guild sees, or a new team."""
    if raw is None:
        return current
    if not raw.strip():
        return None
    if current is not None and _same(raw, current.name):
        return current
    picked = resolver.pick(raw, Scope(guild, TEAMS, field))
    if isinstance(picked, EntityRef):
        return ProposedTeam("", picked.id)  # named for its season just after
    if isinstance(picked, Ambiguous):
        raise InvalidInput(field, _several(picked))
    name, _ = check_team(CreateTeam(raw, 2000))  # the name only: the season is Confirm's
    return ProposedTeam(name)


async def _named_in_season(p: Proposal, db: Database) -> Proposal:
    """Known teams under the names they carried in the proposal's season."""
    known = [t.id for t in (p.from_team, p.to_team) if t is not None and t.id is not None]
    teams = await teams_db.get_teams(db.conn, known)

    def named(team: ProposedTeam | None, season: int | None) -> ProposedTeam | None:
        if team is None or team.id is None or team.id not in teams:
            return team
        return ProposedTeam(teams[team.id].name_in(season), team.id)

    return replace(
        p,
        from_team=named(p.from_team, team_season(p.kind, p.season, origin=True)),
        to_team=named(p.to_team, p.season),
    )


def _same(raw: str, name: str) -> bool:
    return fold(" ".join(raw.split())) == fold(name)


def _several(picked: Ambiguous) -> str:
    names = "; ".join(escape_markdown(label_for(m, 60)) for m in picked.candidates[:4])
    return f"“{escape_markdown(picked.query)}” matches several: {names}. Type more of the name."
