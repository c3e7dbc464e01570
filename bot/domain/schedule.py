"""When a digest is due: local times in IANA zones, daily or weekly, DST-safe (zoneinfo)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.domain.errors import InvalidInput

DAILY = "daily"
WEEKLY = "weekly"
FREQUENCIES = (DAILY, WEEKLY)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A digest posted more than this after its slot says it is late.
LATE_AFTER = timedelta(minutes=15)
# One message: Discord allows 6000 characters per message across its embeds.
DIGEST_SECTIONS = 6
DIGEST_BUDGET = 4800
SECTION_MAX = 1024

_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def parse_local_time(text: str) -> time:
    """Read 'HH:MM' (24-hour) or raise InvalidInput naming the option."""
    m = _HHMM.fullmatch((text or "").strip())
    if m is None:
        raise InvalidInput("time", "must be a 24-hour time like 08:30 or 18:00")
    return time(int(m.group(1)), int(m.group(2)))


def parse_timezone(name: str) -> ZoneInfo:
    """Return the IANA zone, or raise InvalidInput (names are case-sensitive: Europe/Brussels)."""
    text = (name or "").strip()
    if not text or text not in _zone_names():
        raise InvalidInput("timezone", "must be an IANA zone name such as Europe/Brussels or UTC")
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("timezone", "is not a zone this system knows") from None


_ZONES: tuple[str, ...] | None = None


def _zone_names() -> tuple[str, ...]:
    global _ZONES
    if _ZONES is None:
        _ZONES = tuple(sorted(available_timezones()))
    return _ZONES


def zone_suggestions(current: str, limit: int = 25) -> list[str]:
    """Zone names for autocomplete: prefix matches first, then ones containing the text."""
    text = (current or "").strip().lower().replace(" ", "_")
    names = _zone_names()
    if not text:
        common = ("UTC", "Europe/London", "Europe/Brussels", "Europe/Paris", "Europe/Madrid",
                  "Europe/Rome", "Europe/Amsterdam", "America/New_York", "Australia/Sydney")  # fmt: skip
        return [z for z in common if z in names][:limit]
    starts = [z for z in names if z.lower().startswith(text)]
    parts = [z for z in names if z not in starts and text in z.lower()]
    return (starts + parts)[:limit]


def local_slot(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall time `at` on `day` in `zone`.

    A wall time the spring-forward change skips (02:30 in Brussels on 29 March 2026) moves
    forward by the gap (03:30 local); one the autumn change repeats takes its first occurrence.
    Both follow from fold=0 (PEP 495), which `datetime.combine` sets.
    """
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def next_digest_at(
    local_time: time,
    tz: ZoneInfo | str,
    frequency: str,
    weekday: int | None,
    after: datetime,
) -> datetime:
    """The first digest slot strictly after `after`, as an aware UTC datetime."""
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    if frequency not in FREQUENCIES:
        raise ValueError(f"unknown frequency {frequency!r}")
    if frequency == WEEKLY and (weekday is None or not 0 <= weekday <= 6):
        raise ValueError("a weekly digest needs a weekday 0-6")
    # Start a day early: `after` may already be tomorrow in the zone, or a slot near midnight
    # may fall on the previous local day.
    first = after.astimezone(zone).date() - timedelta(days=1)
    for offset in range(9):
        day = first + timedelta(days=offset)
        if frequency == WEEKLY and day.weekday() != weekday:
            continue
        slot = local_slot(day, local_time, zone)
        if slot > after:
            return slot
    raise AssertionError("no slot within nine days")  # pragma: no cover


class DigestSettings(Protocol):
    """What a digest's schedule is made of (a guild's announcement subscription has it)."""

    @property
    def frequency(self) -> str | None: ...
    @property
    def local_time(self) -> str | None: ...
    @property
    def timezone(self) -> str | None: ...
    @property
    def weekday(self) -> int | None: ...


def schedule_for(sub: DigestSettings, after: datetime) -> datetime | None:
    """The next slot of a subscription's digest, or None when it has none."""
    if sub.frequency is None or sub.local_time is None or sub.timezone is None:
        return None
    return next_digest_at(
        parse_local_time(sub.local_time), sub.timezone, sub.frequency, sub.weekday, after
    )
