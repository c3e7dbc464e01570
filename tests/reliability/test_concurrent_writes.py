"""Concurrent writes on the one shared connection: every one lands, none undoes another."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.domain.models import Actor
from bot.storage.check import check_database


async def test_concurrent_adds_on_one_connection_all_land(services, db_path: Path) -> None:
    people = await services.db.fetchall(
        "SELECT id FROM person WHERE guild_id IS NULL ORDER BY id LIMIT 60"
    )
    team = (await services.db.fetchone("SELECT id FROM team ORDER BY id LIMIT 1"))[0]

    async def add(n: int, person_id: int) -> int:
        draft = services.news.draft(
            person_id=person_id,
            kind="transfer",
            status="rumour",
            source_url=f"https://www.cyclingnews.com/news/concurrent-{n}",
            summary="Talks under way.",
            to_team_id=team,
            season=2031,
        )
        return (await services.news.store(draft, Actor(5000 + n, f"mod{n}", 77))).claim_id

    ids = await asyncio.gather(*(add(n, row[0]) for n, row in enumerate(people)))
    assert len(set(ids)) == len(people)
    stored = await services.db.fetchall(
        "SELECT c.id FROM claim c JOIN claim_source cs ON cs.claim_id = c.id WHERE c.guild_id = 77"
    )
    assert sorted(r[0] for r in stored) == sorted(ids)
    assert check_database(db_path) == []
