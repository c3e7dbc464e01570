"""What a change to the news announces, queued in the outbox inside the change's transaction.

`Announcer.on_claim_event` is a hook of bot.services.events.Events: it runs inside the
transaction that changes the claim, so the outbox rows exist exactly when the change does.
"""

from __future__ import annotations

import aiosqlite

from bot.domain.clock import Clock, SystemClock, iso
from bot.domain.models import (
    DEST_CHANNEL,
    DEST_DM,
    Claim,
    EntityKind,
    EntityRef,
    Person,
    Status,
    Team,
)
from bot.domain.status import is_rise
from bot.presentation.announcements import claim_payload, follow_intro
from bot.services.events import ClaimEvent
from bot.storage import announcements as store
from bot.storage import claims as claims_db
from bot.storage import people as people_db
from bot.storage import teams as teams_db

# Instant posts: a new story, or one that became confirmed or official.
INSTANT_STATUSES = frozenset({Status.CONFIRMED, Status.OFFICIAL})
NEW_ACTIONS = frozenset({"created", "promoted"})


class Announcer:
    """Queues instant posts and followers' news for each claim event."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock: Clock = clock or SystemClock()

    async def on_claim_event(self, conn: aiosqlite.Connection, event: ClaimEvent) -> None:
        """Queue every announcement this change causes, inside the change's transaction."""
        now = iso(self.clock.now())
        old = event.old_status.value if event.old_status else None
        await store.record_event(
            conn, event.claim_id, event.guild_id, event.action, old, event.new_status.value, now
        )
        is_new = event.action in NEW_ACTIONS
        rose = is_rise(event.old_status, event.new_status)
        instant = is_new or (rose and event.new_status in INSTANT_STATUSES)
        settled = event.old_status != event.new_status and event.new_status in (
            Status.DENIED,
            Status.RETRACTED,
        )
        if not (instant or is_new or rose or settled):
            return
        claim = await claims_db.get_any_scope(conn, event.claim_id)
        if claim is None:
            return
        people = await people_db.get_people(conn, [claim.person_id])
        ids = [t for t in (claim.from_team_id, claim.to_team_id) if t]
        teams = await teams_db.get_teams(conn, ids)
        posted = await _instant(conn, claim, people, teams, now) if instant else set()
        await _to_followers(conn, claim, people, teams, now, posted)


async def _instant(
    conn: aiosqlite.Connection,
    claim: Claim,
    people: dict[int, Person],
    teams: dict[int, Team],
    now: str,
) -> set[int]:
    """Queue the instant post for each channel that wants one; return those channels."""
    posted: set[int] = set()
    # after a promote the claim is global: every guild may see it
    for sub in await store.instant_subscriptions(conn, claim.guild_id):
        payload = claim_payload(claim, people, teams, mention_role_id=sub.mention_role_id)
        await store.enqueue(
            conn,
            dest_kind=DEST_CHANNEL,
            dest_id=sub.channel_id,
            guild_id=sub.guild_id,
            kind="instant",
            dedupe_key=f"instant:{claim.id}:{claim.status.value}:{sub.channel_id}",
            payload=payload.to_json(),
            now=now,
        )
        posted.add(sub.channel_id)
    return posted


async def _to_followers(
    conn: aiosqlite.Connection,
    claim: Claim,
    people: dict[int, Person],
    teams: dict[int, Team],
    now: str,
    posted: set[int],
) -> None:
    """Queue the news for everyone following the person or a team, once per destination."""
    refs = [EntityRef(EntityKind.PERSON, claim.person_id)] + [
        EntityRef(EntityKind.TEAM, t) for t in sorted(teams)
    ]
    labels = {EntityRef(EntityKind.PERSON, p.id): p.name for p in people.values()}
    labels.update({EntityRef(EntityKind.TEAM, t.id): t.current_name for t in teams.values()})
    for f in await store.followers_of(conn, refs, claim.guild_id):
        if f.channel_id is not None and f.channel_id in posted:
            continue  # the channel already gets the instant post for this change
        dest_kind, dest_id = (DEST_DM, f.user_id) if f.by_dm else (DEST_CHANNEL, f.channel_id)
        assert dest_id is not None
        intro = follow_intro(labels.get(f.ref, "what you follow"), f.by_dm)
        await store.enqueue(
            conn,
            dest_kind=dest_kind,
            dest_id=dest_id,
            guild_id=f.guild_id,
            kind="follow",
            dedupe_key=f"follow:{claim.id}:{claim.status.value}:{dest_kind}:{dest_id}",
            payload=claim_payload(claim, people, teams, intro=intro).to_json(),
            now=now,
        )
        if not f.by_dm:
            posted.add(dest_id)
