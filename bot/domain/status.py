"""How far a story got, derived from its sources."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bot.domain.models import SourceRole, Status


def derive_status(sources: Iterable[tuple[Status, date]], *, retracted: bool = False) -> Status:
    """Return a claim's status: the strongest its sources support, or denied.

    A denial wins when no positive source was published on or after it: a team denying a
    rumour stays "denied" until someone reports it again; an official announcement after a
    denial makes it official.
    """
    if retracted:
        return Status.RETRACTED
    best: Status | None = None
    latest_positive: date | None = None
    latest_denial: date | None = None
    for status, published in sources:
        if status is Status.DENIED:
            latest_denial = max(latest_denial or published, published)
        elif status.strength >= 0:
            if best is None or status.strength > best.strength:
                best = status
            latest_positive = max(latest_positive or published, published)
    if latest_denial is not None and (latest_positive is None or latest_positive < latest_denial):
        return Status.DENIED
    return best or Status.RUMOUR


def default_role_for(status: Status) -> SourceRole:
    """The role a new source plays when the moderator did not say."""
    return {
        Status.OFFICIAL: SourceRole.OFFICIAL,
        Status.CONFIRMED: SourceRole.CONFIRMED,
        Status.DENIED: SourceRole.DENIAL,
    }.get(status, SourceRole.REPORTED)


def is_rise(old: Status | None, new: Status) -> bool:
    """True when `new` is a stronger positive status than `old` (announcement-worthy)."""
    if new.strength < 0:
        return False
    return old is None or new.strength > old.strength
