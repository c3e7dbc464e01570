"""The announce and follow use cases as both adapters show them (service, then presentation).

Tests written against answers keep asserting on the words a user reads.
"""

from __future__ import annotations

from typing import Any

from bot.domain.clock import Clock
from bot.domain.models import Actor
from bot.presentation import announce as present
from bot.presentation.answer import Answer
from bot.services.announce import (
    AnnounceService,
    SetChannel,
    SetDigest,
    SetInstant,
    SetRole,
    SetWindow,
)
from bot.services.follows import Follow, FollowService, Unfollow
from bot.services.resolver import Suggestion


class AnnounceAnswers:
    def __init__(self, announce: AnnounceService, follows: FollowService | None = None) -> None:
        self.service = announce
        self.follows = follows

    @property
    def clock(self) -> Clock:
        return self.service.clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self.service.clock = clock
        if self.follows is not None:
            self.follows.clock = clock

    async def set_channel(self, actor: Actor, channel_id: int) -> Answer:
        return present.setting_answer(await self.service.set_channel(SetChannel(channel_id), actor))

    async def set_digest(self, actor: Actor, frequency: str, *args: Any, **kw: Any) -> Answer:
        result = await self.service.set_digest(SetDigest(frequency, *args, **kw), actor)
        return present.setting_answer(result)

    async def set_instant(self, actor: Actor, on: bool) -> Answer:
        return present.setting_answer(await self.service.set_instant(SetInstant(on), actor))

    async def set_role(self, actor: Actor, role_id: int | None) -> Answer:
        return present.setting_answer(await self.service.set_role(SetRole(role_id), actor))

    async def set_window(self, actor: Actor, on: bool) -> Answer:
        return present.setting_answer(await self.service.set_window(SetWindow(on), actor))

    async def off(self, actor: Actor) -> Answer:
        return present.setting_answer(await self.service.off(actor))

    async def status(self, guild_id: int) -> Answer:
        return present.status_answer(await self.service.status(Actor(None, "admin", guild_id)))

    async def follow(self, actor: Actor, name: str, channel_id: int | None = None) -> Answer:
        assert self.follows is not None
        return present.follow_answer(await self.follows.follow(Follow(name, channel_id), actor))

    async def unfollow(self, actor: Actor, name: str) -> Answer:
        assert self.follows is not None
        return present.follow_answer(await self.follows.unfollow(Unfollow(name), actor))

    async def following(self, actor: Actor) -> Answer:
        assert self.follows is not None
        return present.following_answer(await self.follows.following(actor))

    async def follow_choices(
        self, user_id: int, guild_id: int | None, current: str
    ) -> list[Suggestion]:
        assert self.follows is not None
        return await self.follows.suggest(current, Actor(user_id, "fan", guild_id))


def answers(services: Any) -> AnnounceAnswers:
    return AnnounceAnswers(services.announce, services.follows)
