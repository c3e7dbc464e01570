"""Plain data for the whole bot: no I/O, no Discord."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# Where an announcement goes: a channel, or a user's direct messages.
DEST_CHANNEL = "channel"
DEST_DM = "dm"


class EntityKind(StrEnum):
    PERSON = "person"
    TEAM = "team"


class Role(StrEnum):
    RIDER = "rider"
    COACH = "coach"
    DIRECTEUR_SPORTIF = "directeur_sportif"
    MANAGER = "manager"
    STAFF = "staff"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class ClaimKind(StrEnum):
    TRANSFER = "transfer"
    CONTRACT_EXTENSION = "contract_extension"
    RETIREMENT = "retirement"
    RETIREMENT_POSTPONED = "retirement_postponed"
    COMEBACK = "comeback"
    STAFF_MOVE = "staff_move"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ClaimKind.TRANSFER: "transfer",
    ClaimKind.CONTRACT_EXTENSION: "contract extension",
    ClaimKind.RETIREMENT: "retirement",
    ClaimKind.RETIREMENT_POSTPONED: "retirement postponed",
    ClaimKind.COMEBACK: "comeback",
    ClaimKind.STAFF_MOVE: "staff move",
}


class Status(StrEnum):
    """How far a story got. Order of the positive ones is their strength."""

    RUMOUR = "rumour"
    REPORTED = "reported"
    CONFIRMED = "confirmed"
    OFFICIAL = "official"
    DENIED = "denied"
    RETRACTED = "retracted"

    @property
    def strength(self) -> int:
        return _STRENGTH.get(self, -1)

    @property
    def label(self) -> str:
        return self.value.capitalize()


_STRENGTH = {Status.RUMOUR: 0, Status.REPORTED: 1, Status.CONFIRMED: 2, Status.OFFICIAL: 3}


class SourceRole(StrEnum):
    BROKE = "broke"
    REPORTED = "reported"
    CONFIRMED = "confirmed"
    OFFICIAL = "official"
    DENIAL = "denial"

    @property
    def label(self) -> str:
        return _SOURCE_ROLE_LABELS[self]


_SOURCE_ROLE_LABELS = {
    SourceRole.BROKE: "broke the story",
    SourceRole.REPORTED: "reported",
    SourceRole.CONFIRMED: "confirmed",
    SourceRole.OFFICIAL: "official announcement",
    SourceRole.DENIAL: "denial",
}


@dataclass(frozen=True, slots=True)
class EntityRef:
    kind: EntityKind
    id: int

    @property
    def value(self) -> str:
        """The reference as an autocomplete choice or a select carries it: 'person:12'."""
        return f"{self.kind.value}:{self.id}"

    @classmethod
    def parse(cls, value: str) -> EntityRef | None:
        """Read a reference written by `value`; None for anything else (a typed name)."""
        kind, _, raw = value.partition(":")
        if kind in ("person", "team") and raw.isascii() and raw.isdigit() and len(raw) < 19:
            return cls(EntityKind(kind), int(raw))
        return None


@dataclass(frozen=True, slots=True)
class TeamName:
    name: str
    first_season: int
    last_season: int | None


@dataclass(frozen=True, slots=True)
class Team:
    id: int
    key: str
    names: tuple[TeamName, ...]
    country: str | None = None
    guild_id: int | None = None

    def name_in(self, season: int | None) -> str:
        """Return the team's name in `season`, or its latest name."""
        if season is not None:
            for n in self.names:
                if n.first_season <= season and (n.last_season is None or season <= n.last_season):
                    return n.name
            earlier = [n for n in self.names if n.first_season <= season]
            if earlier:
                return max(earlier, key=lambda n: n.first_season).name
        return max(self.names, key=lambda n: n.first_season).name if self.names else self.key

    @property
    def current_name(self) -> str:
        return self.name_in(None)


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    key: str
    name: str
    role: Role
    nationality: str | None = None
    birth_date: str | None = None
    guild_id: int | None = None
    aliases: tuple[str, ...] = ()

    @property
    def ref(self) -> EntityRef:
        return EntityRef(EntityKind.PERSON, self.id)


@dataclass(frozen=True, slots=True)
class Membership:
    team_id: int
    season: int
    role: str = "rider"


@dataclass(frozen=True, slots=True)
class Report:
    id: int
    outlet: str
    journalist: str | None
    url: str | None
    published: date
    language: str | None
    summary: str
    credited_by: int | None = None
    guild_id: int | None = None


@dataclass(frozen=True, slots=True)
class Source:
    report: Report
    role: SourceRole
    status: Status


@dataclass(frozen=True, slots=True)
class Claim:
    id: int
    person_id: int
    kind: ClaimKind
    from_team_id: int | None
    to_team_id: int | None
    season: int | None
    status: Status
    effective_date: str | None = None
    contract_end: int | None = None
    summary: str | None = None
    retracted_reason: str | None = None
    guild_id: int | None = None
    sources: tuple[Source, ...] = ()
    linked_ids: tuple[int, ...] = ()
    updated_at: str | None = None
    created_at: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """Who made a change: a Discord user, the console owner, or the system (bundled data)."""

    id: int | None
    name: str
    guild_id: int | None = None
    # The console runs as the bot owner without a Discord id of its own.
    is_owner: bool = False

    @classmethod
    def system(cls) -> Actor:
        return cls(None, "system")
