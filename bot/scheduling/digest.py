"""The digest: when the next one is due (zoneinfo, DST-safe) and what it says."""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import aiosqlite

from bot.domain.errors import InvalidInput
from bot.domain.models import Claim, Team
from bot.domain.story import what_happened
from bot.domain.text import escape_markdown, shorten
from bot.presentation.stories import STATUS_ICON
from bot.scheduling.clock import Clock, iso, parse_iso
from bot.scheduling.outbox import Payload
from bot.storage import announcements as store
from bot.storage import claims as claims_db
from bot.storage import people as people_db
from bot.storage import teams as teams_db
from bot.storage.announcements import DEST_CHANNEL, Subscription
from bot.storage.db import Database

log = logging.getLogger(__name__)

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


def schedule_for(sub: Subscription, after: datetime) -> datetime | None:
    """The next slot of a subscription's digest, or None when it has none."""
    if sub.frequency is None or sub.local_time is None or sub.timezone is None:
        return None
    return next_digest_at(
        parse_local_time(sub.local_time), sub.timezone, sub.frequency, sub.weekday, after
    )


def fmt_local(when: datetime, zone: ZoneInfo | str) -> str:
    """'Fri 20 Oct 2023 18:00 CEST' in the guild's zone."""
    z = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
    local = when.astimezone(z)
    return f"{local:%a} {local.day} {local:%b %Y %H:%M} {local.tzname()}"


# -- rendering ---------------------------------------------------------------------------
def _claim_line(claim: Claim, name: str, teams: dict[int, Team]) -> str:
    n = len(claim.sources)
    src = f"{n} source{'s' if n != 1 else ''}"
    text = escape_markdown(what_happened(claim, name, teams))
    return f"{STATUS_ICON[claim.status]} {text} · {claim.status.label} · {src} · ID {claim.id}"


async def digest_payload(
    conn: aiosqlite.Connection,
    sub: Subscription,
    claim_ids: list[int],
    start: datetime,
    end: datetime,
    scheduled: datetime,
) -> Payload | None:
    """The digest for (start, end] grouped by team; None when empty and not wanted."""
    zone = sub.timezone or "UTC"
    period = "this week" if sub.frequency == WEEKLY else "today"
    label = "Weekly" if sub.frequency == WEEKLY else "Daily"
    late = end - scheduled > LATE_AFTER
    late_note = f"Sent late: the bot was offline at {fmt_local(scheduled, zone)}." if late else ""
    claims = await claims_db.get_many(conn, claim_ids, sub.guild_id)
    ordered = [claims[i] for i in claim_ids if i in claims]
    if not ordered:
        if not sub.post_empty:
            return None
        text = f"No transfer news {period}."
        return Payload(
            title=f"{label} transfer digest",
            description=" ".join(x for x in (text, late_note) if x),
            footer="Mercato digest",
        )
    team_ids = {t for c in ordered for t in (c.from_team_id, c.to_team_id) if t}
    teams = await teams_db.get_teams(conn, sorted(team_ids))
    people = await people_db.get_people(conn, sorted({c.person_id for c in ordered}))
    groups: dict[str, list[str]] = {}
    for c in sorted(ordered, key=lambda c: (-c.status.strength, c.id)):
        team_id = c.to_team_id or c.from_team_id
        season = c.season if c.to_team_id else ((c.season - 1) if c.season else None)
        group = teams[team_id].name_in(season) if team_id in teams else "Other news"
        who = people[c.person_id].name if c.person_id in people else "Someone"
        groups.setdefault(group, []).append(_claim_line(c, who, teams))
    sections: list[tuple[str, str]] = []
    used, shown = 0, 0
    for group in sorted(groups, key=lambda g: (g == "Other news", g.lower())):
        lines: list[str] = []
        for line in groups[group]:
            candidate = "\n".join([*lines, line])
            if len(candidate) > SECTION_MAX or used + len(candidate) + len(group) > DIGEST_BUDGET:
                break
            lines.append(line)
        if not lines or len(sections) >= DIGEST_SECTIONS:
            break
        value = "\n".join(lines)
        sections.append((shorten(escape_markdown(group), 256), value))
        used += len(value) + len(group)
        shown += len(lines)
    since = fmt_local(start, zone)
    count = len(ordered)
    summary = f"{count} {'story' if count == 1 else 'stories'} with news since {since}."
    if shown < count:
        summary += f" Showing {shown}; ask /transfer or /team for the rest."
    return Payload(
        title=f"{label} transfer digest",
        description=" ".join(x for x in (summary, late_note) if x),
        sections=tuple(sections),
        footer="Mercato digest · ✅ official ☑️ confirmed 📰 reported 💬 rumour",
    )


# -- the job -----------------------------------------------------------------------------
async def run_due_digests(db: Database, clock: Clock) -> int:
    """Queue one digest per due subscription and move its schedule on; return how many queued.

    Missed slots (the bot was offline) collapse into one digest covering everything since the
    last one, marked late; the next slot is the first one after now.
    """
    now = clock.now()
    queued = 0
    for due in await store.due_subscriptions(db.conn, iso(now)):
        try:
            async with db.transaction() as conn:
                sub = await store.get_subscription(conn, due.guild_id)
                if (
                    sub is None
                    or sub.disabled_reason is not None
                    or sub.next_digest_at is None
                    or sub.next_digest_at > iso(now)
                ):
                    continue
                scheduled = parse_iso(sub.next_digest_at)
                start = parse_iso(max(sub.subscribed_at, sub.covered_until))
                ids = await store.claims_changed_between(conn, sub.guild_id, iso(start), iso(now))
                payload = await digest_payload(conn, sub, ids, start, now, scheduled)
                if payload is not None:
                    new_id = await store.enqueue(
                        conn,
                        dest_kind=DEST_CHANNEL,
                        dest_id=sub.channel_id,
                        guild_id=sub.guild_id,
                        kind="digest",
                        dedupe_key=f"digest:{sub.guild_id}:{sub.channel_id}:{sub.next_digest_at}",
                        payload=payload.to_json(),
                        now=iso(now),
                    )
                    queued += new_id is not None
                following = schedule_for(sub, now)
                await store.update_subscription(
                    conn,
                    sub.guild_id,
                    iso(now),
                    covered_until=iso(now),
                    next_digest_at=iso(following) if following else None,
                )
        except Exception:
            # One guild's bad settings must not stop the others' digests.
            log.exception("digest for guild %d failed", due.guild_id)
    return queued
