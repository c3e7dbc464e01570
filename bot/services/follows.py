"""Following a person or a team: by DM, or (moderators) in a channel of the guild."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.clock import Clock, SystemClock, iso
from bot.domain.errors import InvalidInput
from bot.domain.models import Actor, EntityKind, EntityRef
from bot.domain.names import fold
from bot.domain.text import shorten
from bot.services.resolver import Ambiguous, NoMatch, Resolver, Scope, Suggestion
from bot.storage import announcements as store
from bot.storage import people as people_db
from bot.storage import teams as teams_db
from bot.storage.announcements import Follow as FollowRow
from bot.storage.db import Database

MAX_FOLLOWS = 50


@dataclass(frozen=True, slots=True)
class Follow:
    name: str  # a person or team, as typed
    channel_id: int | None = None  # None: by DM


@dataclass(frozen=True, slots=True)
class Unfollow:
    name: str


@dataclass(frozen=True, slots=True)
class Followed:
    label: str
    channel_id: int | None
    new: bool  # False: it was followed already


@dataclass(frozen=True, slots=True)
class Unfollowed:
    label: str


@dataclass(frozen=True, slots=True)
class NotFollowing:
    label: str


@dataclass(frozen=True, slots=True)
class Following:
    """What a user follows, each with its name."""

    follows: tuple[tuple[FollowRow, str], ...]
    limit: int = MAX_FOLLOWS


class FollowService:
    def __init__(self, db: Database, resolver: Resolver, clock: Clock | None = None) -> None:
        self.db = db
        self.resolver = resolver
        self.clock: Clock = clock or SystemClock()

    async def follow(self, request: Follow, actor: Actor) -> Followed | Ambiguous | NoMatch:
        """Follow a person or team: by DM, or in a channel of this guild."""
        assert actor.id is not None
        if request.channel_id is not None and actor.guild_id is None:
            raise InvalidInput("channel", "Channel follows work in a server")
        picked = self.resolver.pick(request.name, Scope(actor.guild_id))
        if not isinstance(picked, EntityRef):
            return picked
        label = (await self._labels([picked]))[picked]
        async with self.db.transaction() as conn:
            mine = await store.user_follows(conn, actor.id, actor.guild_id)
            if len(mine) >= MAX_FOLLOWS:
                raise InvalidInput(
                    "name", f"You already follow {MAX_FOLLOWS}; /unfollow some first"
                )
            now = iso(self.clock.now())
            new = await store.add_follow(
                conn, actor.id, actor.guild_id, picked, request.channel_id, now
            )
        return Followed(label, request.channel_id, new)

    async def unfollow(
        self, request: Unfollow, actor: Actor
    ) -> Unfollowed | NotFollowing | Ambiguous | NoMatch:
        """Stop following: channel follows made in this guild, and DM ones."""
        assert actor.id is not None
        picked = self.resolver.pick(request.name, Scope(actor.guild_id))
        if not isinstance(picked, EntityRef):
            return picked
        label = (await self._labels([picked]))[picked]
        async with self.db.transaction() as conn:
            removed = await store.remove_follows(conn, actor.id, actor.guild_id, picked)
        return Unfollowed(label) if removed else NotFollowing(label)

    async def following(self, actor: Actor) -> Following:
        """What the user follows here (and by DM anywhere)."""
        assert actor.id is not None
        follows = await store.user_follows(self.db.conn, actor.id, actor.guild_id)
        labels = await self._labels([f.ref for f in follows])
        return Following(tuple((f, labels[f.ref]) for f in follows))

    async def suggest(self, current: str, actor: Actor) -> list[Suggestion]:
        """The user's follows matching `current`, for /unfollow's autocomplete."""
        assert actor.id is not None
        follows = await store.user_follows(self.db.conn, actor.id, actor.guild_id)
        labels = await self._labels([f.ref for f in follows])
        want = fold(current or "")
        seen: dict[str, str] = {}
        for f in follows:
            label = labels[f.ref]
            if want in fold(label):
                seen.setdefault(f.ref.value, shorten(label, 100))
        return [Suggestion(label, value) for value, label in seen.items()][:25]

    async def _labels(self, refs: list[EntityRef]) -> dict[EntityRef, str]:
        conn = self.db.conn
        person_ids = [r.id for r in refs if r.kind is EntityKind.PERSON]
        people = await people_db.get_people(conn, person_ids)
        teams = await teams_db.get_teams(conn, [r.id for r in refs if r.kind is EntityKind.TEAM])
        out: dict[EntityRef, str] = {}
        for r in refs:
            if r.kind is EntityKind.PERSON and r.id in people:
                out[r] = people[r.id].name
            elif r.kind is EntityKind.TEAM and r.id in teams:
                out[r] = teams[r.id].current_name
            else:
                out[r] = f"{r.kind.value} {r.id}"
        return out
