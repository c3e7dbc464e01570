"""New people and teams a moderator creates, checked, written and audited.

The writes run inside the caller's transaction, so a story and the people and teams it names
land together or not at all (an article's proposals, /addnews). The name index learns them only
once that transaction has committed (`learn_person`, `learn_team`): a rolled-back creation must
never be found by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import aiosqlite

from bot.domain.errors import InvalidInput
from bot.domain.models import Actor, Person, Role, Team
from bot.domain.names import fold
from bot.domain.rules import NAME_MAX, NATIONALITY, season_or_none
from bot.domain.text import clean_text
from bot.services.directory import Directory, person_entry, team_entry
from bot.storage import audit
from bot.storage import people as people_db
from bot.storage import teams as teams_db

# A new person or team is known to few: a low prior, so established names rank first.
NEW_PRIOR = 0.5


@dataclass(frozen=True, slots=True)
class CreatePerson:
    """A rider or staff member the database lacks."""

    name: str | None
    role: str
    nationality: str | None = None


@dataclass(frozen=True, slots=True)
class PersonCreated:
    person: Person


@dataclass(frozen=True, slots=True)
class CreateTeam:
    """A team the database lacks: a new lineage with one name, carried from `season` on."""

    name: str | None
    season: int | None


@dataclass(frozen=True, slots=True)
class TeamCreated:
    team: Team


def check_person(request: CreatePerson) -> tuple[str, Role, str | None]:
    """The person's name, role and nationality, checked; InvalidInput names the field at fault."""
    name = clean_text(request.name, "person", max_len=NAME_MAX)
    assert name is not None
    if len(name) < 2 or not any(ch.isalpha() for ch in name):
        raise InvalidInput("person", "must be a real name")
    try:
        role = Role(request.role.strip().lower())
    except ValueError:
        raise InvalidInput("role", f"must be one of {', '.join(r.value for r in Role)}") from None
    nat = (request.nationality or "").strip().upper() or None
    if nat is not None and not NATIONALITY.fullmatch(nat):
        raise InvalidInput("nationality", "must be a three-letter code such as GBR or DEN")
    return name, role, nat


def check_team(request: CreateTeam) -> tuple[str, int]:
    """The team's name and first season, checked; InvalidInput names the field at fault."""
    name = clean_text(request.name, "team", max_len=NAME_MAX)
    assert name is not None
    if len(name) < 2 or not any(ch.isalpha() for ch in name):
        raise InvalidInput("team", "must be a real team name")
    season = season_or_none(request.season, "season")
    if season is None:
        raise InvalidInput("season", "is required for a new team: the first season of its name")
    return name, season


def _key_base(name: str, fallback: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:80] or fallback


async def insert_person(conn: aiosqlite.Connection, request: CreatePerson, actor: Actor) -> Person:
    """Create the person inside the caller's transaction, local to the actor's guild; audited."""
    name, role, nat = check_person(request)
    person = await people_db.insert_person(
        conn, name=name, role=role, nationality=nat, guild_id=actor.guild_id,
        key_base=_key_base(name, "person"),
    )  # fmt: skip
    await audit.record(
        conn, actor, "create", "person", person.id, None,
        {"name": name, "role": role.value, "nationality": nat, "guild_id": actor.guild_id},
    )  # fmt: skip
    return person


async def insert_team(conn: aiosqlite.Connection, request: CreateTeam, actor: Actor) -> Team:
    """Create the team inside the caller's transaction, local to the actor's guild; audited."""
    name, season = check_team(request)
    team = await teams_db.insert_team(
        conn, name=name, first_season=season, guild_id=actor.guild_id,
        key_base=_key_base(name, "team"),
    )  # fmt: skip
    await audit.record(
        conn, actor, "create", "team", team.id, None,
        {"name": name, "first_season": season, "guild_id": actor.guild_id},
    )  # fmt: skip
    return team


def learn_person(directory: Directory, person: Person) -> None:
    """Let the name index find a committed new person (in its guild only)."""
    entry = person_entry(person, None, NEW_PRIOR, person.name.split()[-1])
    directory.add(entry, person.guild_id)


def learn_team(directory: Directory, team: Team) -> None:
    """Let the name index find a committed new team (in its guild only)."""
    directory.add(team_entry(team, [], NEW_PRIOR), team.guild_id)
