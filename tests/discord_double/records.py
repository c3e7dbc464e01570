"""Records kept by the double: requests, violations, faults, interactions."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .server import DiscordDouble


class DoubleTimeout(AssertionError):
    """A wait on the double timed out (the bot did not do what the test expected)."""


class CommandRefused(Exception):
    """Discord would not deliver this interaction (e.g. member lacks default_member_permissions)."""


@dataclass
class RecordedRequest:
    method: str
    path: str  # relative to /api/v10, e.g. "/channels/1/messages"
    query: dict[str, str]
    json: Any
    time: float  # loop clock
    files: list[dict[str, Any]] = field(default_factory=list)
    status: int | None = None
    fault: bool = False

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status}"


@dataclass
class Violation:
    kind: str
    detail: str
    method: str = ""
    path: str = ""
    problems: list[str] = field(default_factory=list)
    allowed: bool = False

    @property
    def text(self) -> str:
        extra = ("; " + "; ".join(self.problems)) if self.problems else ""
        return f"{self.kind}: {self.detail} [{self.method} {self.path}]{extra}"

    def __str__(self) -> str:
        return self.text


@dataclass
class FaultRule:
    status: int
    remaining: int
    route_filter: str | Callable[[str, str], bool] | None = None
    retry_after: float = 0.05
    is_global: bool = False
    hits: int = 0
    #: Discord's JSON error code / message in the body (None: the usual one for the status)
    code: int | None = None
    message: str | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.remaining <= 0:
            return False
        return _route_matches(self.route_filter, method, path)


def _route_matches(f: str | Callable[[str, str], bool] | None, method: str, path: str) -> bool:
    if f is None:
        return True
    if callable(f):
        return bool(f(method, path))
    return re.search(f, f"{method} {path}") is not None


class Hold:
    """One REST request the double keeps waiting (see DiscordDouble.hold_next).

    ``deliver=False``: the request is recorded but never reaches "Discord" (on release it is
    answered 503, nothing is created). ``deliver=True``: Discord processes it (a message is
    stored) but the answer is held back, as if the connection died after the write.
    """

    def __init__(
        self, route_filter: str | Callable[[str, str], bool] | None, *, deliver: bool
    ) -> None:
        self.route_filter = route_filter
        self.deliver = deliver
        #: the request that was caught (None until one arrives)
        self.request: RecordedRequest | None = None
        #: the answer Discord computed (deliver=True only): (status, body)
        self.result: tuple[int, Any] | None = None
        self._released = asyncio.Event()

    def matches(self, method: str, path: str) -> bool:
        return self.request is None and _route_matches(self.route_filter, method, path)

    @property
    def caught(self) -> bool:
        return self.request is not None

    @property
    def released(self) -> bool:
        return self._released.is_set()

    def release(self) -> None:
        """Let the held request finish (its client may be long gone)."""
        self._released.set()

    async def wait_released(self) -> None:
        await self._released.wait()


@dataclass
class GatewayEvent:
    kind: str  # connect, identify, ready, resume, resumed, invalid_session, reconnect_sent, closed
    shard_id: int | None
    session_id: str | None
    time: float
    via_resume_url: bool = False


class InteractionRecord:
    """One interaction injected by the test, and everything the bot did with it."""

    def __init__(self, double: DiscordDouble, payload: dict[str, Any], deadline: float) -> None:
        self.double = double
        self.payload = payload
        self.id: int = int(payload["id"])
        self.token: str = payload["token"]
        self.type: int = payload["type"]
        self.created_at: float = asyncio.get_running_loop().time()
        self.deadline = deadline
        #: the accepted callback body ({"type": n, "data": {...}})
        self.callback: dict[str, Any] | None = None
        self.callback_at: float | None = None
        #: every callback POST, accepted or not, with the status the double answered
        self.callback_attempts: list[tuple[int, Any]] = []
        self.ack_type: int | None = None
        self.original_id: int | None = None
        self.followups: list[dict[str, Any]] = []
        self.edits: list[dict[str, Any]] = []
        self.original_deleted = False
        #: True once a callback arrived after the deadline (Discord forgot the interaction)
        self.expired = False
        self._followups_seen = 0
        self._edits_seen = 0

    def __repr__(self) -> str:
        return f"<InteractionRecord id={self.id} type={self.type} ack={self.ack_type}>"

    def acked_or_expired(self) -> bool:
        return self.ack_type is not None or self.expired

    # -- convenience -----------------------------------------------------------
    @property
    def acknowledged(self) -> bool:
        return self.ack_type is not None

    @property
    def data(self) -> dict[str, Any]:
        return (self.callback or {}).get("data") or {}

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.data.get("flags") or 0) & 64)

    @property
    def original(self) -> dict[str, Any] | None:
        """The current state of the @original message (None before a 4/5/6/7 callback)."""
        if self.original_id is None:
            return None
        return self.double.messages.get(self.original_id)

    # -- waits -----------------------------------------------------------------
    async def response(self, timeout: float | None = None) -> dict[str, Any]:  # noqa: ASYNC109
        """Wait for the accepted interaction callback and return its JSON body."""
        await self.double.wait_for(
            lambda: self.callback is not None, timeout, f"interaction callback for {self!r}"
        )
        assert self.callback is not None
        return self.callback

    async def wait_followup(self, timeout: float | None = None) -> dict[str, Any]:  # noqa: ASYNC109
        """Wait for the next (not yet returned) follow-up message; returns the message object."""
        await self.double.wait_for(
            lambda: len(self.followups) > self._followups_seen, timeout, f"follow-up for {self!r}"
        )
        msg = self.followups[self._followups_seen]
        self._followups_seen += 1
        return msg

    async def wait_edit(self, timeout: float | None = None) -> dict[str, Any]:  # noqa: ASYNC109
        """Wait for the next (not yet returned) edit of @original; returns the PATCH body."""
        await self.double.wait_for(
            lambda: len(self.edits) > self._edits_seen, timeout, f"@original edit for {self!r}"
        )
        body = self.edits[self._edits_seen]
        self._edits_seen += 1
        return body

    async def final_message(self, timeout: float | None = None) -> dict[str, Any]:  # noqa: ASYNC109
        """Wait until @original exists and is no longer "thinking"; return the message object."""

        def ready() -> bool:
            m = self.original
            return m is not None and not (int(m.get("flags") or 0) & 128)

        await self.double.wait_for(ready, timeout, f"final message for {self!r}")
        assert self.original is not None
        return self.original
