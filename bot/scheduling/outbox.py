"""Deliver queued announcements exactly once per destination, across faults and restarts.

Each outbox row moves pending -> sending (committed before the send) -> sent with the
message id. A crash between the send and the commit leaves the row 'sending'; at start-up
`reconcile` asks the sender whether that message exists: every message carries a marker,
the embed footer ending in "ref {outbox id}" (a nonce is not kept in channel history, a
footer is), so the row is either recorded as sent or put back to pending - never sent twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.domain.clock import Clock, SystemClock, iso
from bot.domain.models import DEST_DM
from bot.presentation.payload import Payload
from bot.storage import announcements as store
from bot.storage.announcements import OutboxRow
from bot.storage.db import Database

log = logging.getLogger(__name__)

BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_MAX = timedelta(hours=1)
MAX_ATTEMPTS = 12  # about eight hours of retries before a row is marked failed


class SendError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TransientSendError(SendError):
    """Worth retrying later: a 5xx, a timeout, the network."""


class PermanentSendError(SendError):
    """Retrying will not help (403 missing permissions, 404 unknown channel, DMs closed).

    `disable` is False when only this message is at fault (a 400), not the destination.
    """

    def __init__(self, reason: str, *, disable: bool = True) -> None:
        super().__init__(reason)
        self.disable = disable


@dataclass(frozen=True, slots=True)
class Destination:
    kind: str  # channel | dm
    id: int  # channel id, or the user id for a DM
    guild_id: int | None = None


class Sender(Protocol):
    async def send(self, destination: Destination, payload: Payload) -> int:
        """Post the payload; return the message id. Raise Transient/PermanentSendError."""
        ...

    async def find_sent(self, destination: Destination, outbox_id: int) -> int | None:
        """Return the id of a message already posted for this outbox row, if any."""
        ...


@dataclass(slots=True)
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    dead: int = 0
    failed: int = 0


@dataclass(slots=True)
class ReconcileReport:
    sent: int = 0
    requeued: int = 0
    unresolved: int = 0


def backoff(attempts: int) -> timedelta:
    """Delay before the next try after `attempts` failed ones: 30 s, 1 min, 2 min, ... 1 h."""
    return min(BACKOFF_BASE * (2 ** max(0, attempts - 1)), BACKOFF_MAX)


def destination_of(row: OutboxRow) -> Destination:
    return Destination(row.dest_kind, row.dest_id, row.guild_id)


async def deliver_pending(
    db: Database, sender: Sender, clock: Clock, limit: int = 25, guild_id: int | None = None
) -> DeliveryReport:
    """Send due rows (of one guild's, with `guild_id`), oldest first; record each outcome in
    its own transaction."""
    report = DeliveryReport()
    now = clock.now()
    rows = await store.due_outbox(db.conn, iso(now), limit, guild_id)
    refused: set[tuple[str, int]] = set()
    for row in rows:
        dest = destination_of(row)
        if (row.dest_kind, row.dest_id) in refused:
            continue  # already killed with the destination below
        async with db.transaction() as conn:
            if not await store.claim_for_sending(conn, row.id, iso(now)):
                continue
        attempts = row.attempts + 1
        try:
            message_id = await sender.send(dest, Payload.from_json(row.payload, row.id))
        except PermanentSendError as exc:
            await _give_up(db, row, exc, clock.now())
            report.dead += 1
            if exc.disable:
                refused.add((row.dest_kind, row.dest_id))
            continue
        except Exception as exc:  # a transient error, or a bug: never lose the row
            if isinstance(exc, TransientSendError):
                reason = exc.reason
                log.warning("outbox %d to %s %d: %s", row.id, dest.kind, dest.id, reason)
            else:
                reason = f"unexpected error: {type(exc).__name__}"
                log.exception("outbox %d to %s %d failed", row.id, dest.kind, dest.id)
            async with db.transaction() as conn:
                if attempts >= MAX_ATTEMPTS:
                    await store.mark_failed(conn, row.id, "failed", reason)
                    await store.record_error(
                        conn,
                        dest.kind,
                        dest.id,
                        dest.guild_id,
                        f"gave up after {attempts} tries: {reason}",
                    )
                    report.failed += 1
                else:
                    retry_at = clock.now() + backoff(attempts)
                    await store.mark_retry(conn, row.id, iso(retry_at), reason)
                    await store.record_error(conn, dest.kind, dest.id, dest.guild_id, reason)
                    report.retried += 1
            continue
        async with db.transaction() as conn:
            await store.mark_sent(conn, row.id, message_id, iso(clock.now()))
            await store.record_delivery(conn, dest.kind, dest.id, dest.guild_id, iso(clock.now()))
        report.sent += 1
    return report


async def _give_up(db: Database, row: OutboxRow, exc: PermanentSendError, now: datetime) -> None:
    async with db.transaction() as conn:
        await store.mark_failed(conn, row.id, "dead", exc.reason)
        if not exc.disable:
            await store.record_error(conn, row.dest_kind, row.dest_id, row.guild_id, exc.reason)
            return
        others = await store.kill_destination(conn, row.dest_kind, row.dest_id, exc.reason)
        if row.dest_kind == DEST_DM:
            dropped = await store.disable_dm(conn, row.dest_id, exc.reason)
            log.info(
                "user %d does not accept DMs (%s): DM delivery dropped for %d follow(s)",
                row.dest_id, exc.reason, dropped,
            )  # fmt: skip
        else:
            await store.disable_channel(conn, row.dest_id, exc.reason)
            log.warning(
                "channel %d disabled for announcements: %s (%d queued row(s) dropped)",
                row.dest_id, exc.reason, others,
            )  # fmt: skip


async def reconcile(db: Database, sender: Sender, clock: Clock | None = None) -> ReconcileReport:
    """Settle rows a crash left 'sending': sent if the message exists, else pending again.

    Call it at start-up, before any delivery: a row is 'sending' only while a send is in flight.
    """
    clock = clock or SystemClock()
    report = ReconcileReport()
    for row in await store.sending_outbox(db.conn):
        dest = destination_of(row)
        try:
            message_id = await sender.find_sent(dest, row.id)
        except PermanentSendError as exc:
            # The destination is gone: the message cannot be there to duplicate.
            log.info("outbox %d: cannot check %s %d: %s", row.id, dest.kind, dest.id, exc.reason)
            message_id = None
        except Exception:
            # Unknown whether it went out: leave it 'sending' and look again later.
            log.warning("outbox %d: reconcile check failed; will retry", row.id, exc_info=True)
            report.unresolved += 1
            continue
        async with db.transaction() as conn:
            if message_id is not None:
                now = iso(clock.now())
                await store.mark_sent(conn, row.id, message_id, now)
                await store.record_delivery(conn, dest.kind, dest.id, dest.guild_id, now)
                report.sent += 1
            else:
                await store.mark_requeued(conn, row.id)
                report.requeued += 1
    if report.sent or report.requeued or report.unresolved:
        log.info(
            "outbox reconciled: %d found sent, %d queued again, %d unresolved",
            report.sent, report.requeued, report.unresolved,
        )  # fmt: skip
    return report
