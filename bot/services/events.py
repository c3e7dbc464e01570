"""What a change to the news announces: the events NewsService emits to its hooks.

A hook runs inside the transaction that makes the change (scheduling's announcement queue is
one), so whatever it writes exists exactly when the change does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiosqlite

from bot.domain.models import Status


@dataclass(frozen=True, slots=True)
class ClaimEvent:
    """What changed, for announcements: written to the outbox in the same transaction."""

    claim_id: int
    guild_id: int | None
    old_status: Status | None
    new_status: Status
    action: str  # created | source_added | edited | retracted | promoted


Hook = Callable[[aiosqlite.Connection, ClaimEvent], Awaitable[None]]


class Events:
    """The hooks every change to the news is announced to (inside its transaction)."""

    def __init__(self) -> None:
        self.hooks: list[Hook] = []

    async def emit(self, conn: aiosqlite.Connection, event: ClaimEvent) -> None:
        """Run every hook on the event, inside the transaction of `conn`."""
        for hook in self.hooks:
            await hook(conn, event)
