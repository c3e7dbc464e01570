"""Fixtures for the scheduling tests: a real database file, a fake clock, a fake sender."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.domain.clock import FakeClock
from bot.domain.models import Actor, Status
from bot.presentation.payload import Payload
from bot.scheduling.announcements import Announcer
from bot.scheduling.outbox import Destination
from bot.services.announce import AnnounceService
from bot.services.events import ClaimEvent
from bot.services.follows import FollowService
from bot.storage.db import Database
from tests.answers import AnnounceAnswers

START = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
GUILD_A, GUILD_B = 111, 222
CHANNEL_A, CHANNEL_B = 1001, 2002


def admin(guild_id: int) -> Actor:
    return Actor(42, "admin", guild_id)


@dataclass
class FakeSender:
    """Records what it sends; `script` holds exceptions (or None) to raise on the next sends."""

    script: list[BaseException | None] = field(default_factory=list)
    sent: list[tuple[Destination, Payload, int]] = field(default_factory=list)
    lookups: list[int] = field(default_factory=list)
    next_id: int = 9000

    async def send(self, destination: Destination, payload: Payload) -> int:
        if self.script:
            exc = self.script.pop(0)
            if exc is not None:
                raise exc
        self.next_id += 1
        self.sent.append((destination, payload, self.next_id))
        return self.next_id

    async def find_sent(self, destination: Destination, outbox_id: int) -> int | None:
        self.lookups.append(outbox_id)
        for dest, payload, message_id in self.sent:
            same = dest.kind == destination.kind and dest.id == destination.id
            if same and payload.outbox_id == outbox_id:
                return message_id
        return None


class Crash(BaseException):
    """The process dying mid-delivery: not an Exception, so nothing catches it."""


@dataclass
class World:
    db: Database
    clock: FakeClock
    announce: AnnounceAnswers
    announcer: Announcer
    sender: FakeSender
    team_ids: dict[str, int]
    person_ids: dict[str, int]

    async def add_claim(
        self,
        person: str,
        to_team: str | None,
        status: Status = Status.RUMOUR,
        *,
        guild_id: int | None = None,
        from_team: str | None = None,
        sources: int = 1,
    ) -> int:
        """Store a claim and fire the hook in the same transaction, as NewsService does."""
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                "INSERT INTO claim (person_id, kind, from_team_id, to_team_id, season, status,"
                " guild_id) VALUES (?, 'transfer', ?, ?, 2027, ?, ?)",
                (
                    self.person_ids[person],
                    self.team_ids[from_team] if from_team else None,
                    self.team_ids[to_team] if to_team else None,
                    status.value,
                    guild_id,
                ),
            )
            claim_id = cur.lastrowid
            assert claim_id is not None
            for n in range(sources):
                cur = await conn.execute(
                    "INSERT INTO report (outlet, url, url_key, published, summary, guild_id)"
                    " VALUES ('Wielerflits', ?, ?, '2026-03-01', 's', ?)",
                    (f"https://example.org/{claim_id}/{n}", f"k{claim_id}-{n}", guild_id),
                )
                await conn.execute(
                    "INSERT INTO claim_source (claim_id, report_id, role, status)"
                    " VALUES (?, ?, 'reported', ?)",
                    (claim_id, cur.lastrowid, status.value),
                )
            await self.announcer.on_claim_event(
                conn, ClaimEvent(claim_id, guild_id, None, status, "created")
            )
        return claim_id

    async def raise_status(self, claim_id: int, new: Status) -> None:
        async with self.db.transaction() as conn:
            row = await (
                await conn.execute("SELECT status, guild_id FROM claim WHERE id = ?", (claim_id,))
            ).fetchone()
            await conn.execute("UPDATE claim SET status = ? WHERE id = ?", (new.value, claim_id))
            await self.announcer.on_claim_event(
                conn, ClaimEvent(claim_id, row[1], Status(row[0]), new, "source_added")
            )

    async def outbox(self, **where: object) -> list[dict]:
        sql = "SELECT * FROM outbox"
        if where:
            sql += " WHERE " + " AND ".join(f"{k} = ?" for k in where)
        return [dict(r) for r in await self.db.fetchall(sql + " ORDER BY id", list(where.values()))]


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    db = await Database.open(tmp_path / "announce.sqlite3")
    teams: dict[str, int] = {}
    people: dict[str, int] = {}
    async with db.transaction() as conn:
        for key, name in (("astana", "Astana Qazaqstan"), ("soudal", "Soudal Quick-Step"),
                          ("visma", "Visma-Lease a Bike")):  # fmt: skip
            cur = await conn.execute("INSERT INTO team (key) VALUES (?)", (key,))
            teams[key] = cur.lastrowid  # type: ignore[assignment]
            await conn.execute(
                "INSERT INTO team_name (team_id, name, first_season) VALUES (?, ?, 2020)",
                (cur.lastrowid, name),
            )
        for key, name in (("cav", "Mark Cavendish"), ("morkov", "Michael Mørkøv"),
                          ("wout", "Wout van Aert")):  # fmt: skip
            cur = await conn.execute(
                "INSERT INTO person (key, name, role) VALUES (?, ?, 'rider')", (key, name)
            )
            people[key] = cur.lastrowid  # type: ignore[assignment]
    clock = FakeClock(START)
    announce = AnnounceAnswers(AnnounceService(db, clock), FollowService(db, None, clock))  # type: ignore[arg-type]
    yield World(db, clock, announce, Announcer(clock), FakeSender(), teams, people)
    await db.close()
