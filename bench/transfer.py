"""Part 2: /transfer from a resolved entity to the rendered reply, with 1M claims stored."""

from __future__ import annotations

import logging
import random
import time
from pathlib import Path
from typing import Any

from bench.corpus import SEED, BenchData
from bench.measure import Row, Stats
from bot.domain.matching import NameIndex
from bot.services.ask import AskService
from bot.services.directory import Directory
from bot.storage.db import Database
from bot.ui.render import answer_pages

log = logging.getLogger(__name__)

TARGET_MS = 10.0

# The statements behind person_answer / team_answer, for EXPLAIN QUERY PLAN (ids filled in).
PLANS = {
    "claims_for_person": "SELECT id FROM claim WHERE person_id = ? AND (guild_id IS NULL OR "
    "guild_id = ?) ORDER BY coalesce(season, 0) DESC, updated_at DESC, id DESC LIMIT 200",
    "hydrate sources": "SELECT cs.claim_id, r.* FROM claim_source cs JOIN report r ON r.id = "
    "cs.report_id WHERE cs.claim_id IN (?, ?, ?) ORDER BY r.published, r.id",
    "hydrate links": "SELECT l.claim_a, l.claim_b FROM claim_link l JOIN claim a ON a.id = "
    "l.claim_a JOIN claim b ON b.id = l.claim_b WHERE (l.claim_a IN (?, ?) OR l.claim_b IN (?, ?))"
    " AND (a.guild_id IS NULL OR a.guild_id = ?) AND (b.guild_id IS NULL OR b.guild_id = ?)",
    "claims_for_team": "SELECT id FROM claim WHERE to_team_id = ? AND season = ? AND (guild_id IS "
    "NULL OR guild_id = ?) UNION SELECT id FROM claim WHERE from_team_id = ? AND season = ? AND "
    "(guild_id IS NULL OR guild_id = ?) ORDER BY 1 DESC LIMIT 500",
    "memberships": "SELECT team_id, season, role FROM membership WHERE person_id = ? ORDER BY season",
}


async def query_plans(db: Database) -> dict[str, list[str]]:
    out = {}
    for name, sql in PLANS.items():
        params: list[object] = [1] * sql.count("?")
        rows = await db.fetchall(f"EXPLAIN QUERY PLAN {sql}", params)
        out[name] = [str(r[3]) for r in rows]
    return out


async def _time(fn: Any, args: list[Any], repeats: int, warmup: int = 30) -> list[float]:
    for a in args[:warmup]:
        await fn(a)
    out = []
    clock = time.perf_counter
    for _ in range(repeats):
        for a in args:
            t = clock()
            await fn(a)
            out.append(clock() - t)
    return out


async def _reply_bench(db_path: Path, ids: list[int], kind: str, repeats: int) -> Stats:
    db = await Database.open(db_path, migrate=False)
    try:
        ask = AskService(db, Directory(NameIndex.build([]), {}))

        async def person(pid: int) -> None:
            answer_pages(await ask.person_answer(pid, None, None))

        async def team(tid: int) -> None:
            answer_pages(await ask.team_answer(tid, None, 2025))

        return Stats.of(await _time(person if kind == "person" else team, ids, repeats))
    finally:
        await db.close()


async def run(data: BenchData, bundled: Path, *, n_people: int, repeats: int) -> list[Row]:
    rng = random.Random(f"{SEED}-transfer")
    sec = "/transfer"
    db = await Database.open(data.db_path, migrate=False)
    try:
        n_claims = (await db.fetchone("SELECT count(*) FROM claim"))[0]  # type: ignore[index]
        n_reports = (await db.fetchone("SELECT count(*) FROM report"))[0]  # type: ignore[index]
        ids = [r[0] for r in await db.fetchall("SELECT id FROM person ORDER BY id")]
        busiest = await db.fetchall(
            "SELECT person_id, count(*) FROM claim GROUP BY person_id ORDER BY 2 DESC LIMIT 10"
        )
        team_ids = [
            r[0]
            for r in await db.fetchall(
                "SELECT to_team_id FROM claim WHERE season = 2025 AND to_team_id IS NOT NULL"
                " GROUP BY to_team_id ORDER BY count(*) DESC LIMIT 20"
            )
        ]
        plans = await query_plans(db)

        async def select1(_: object) -> None:
            await db.fetchone("SELECT 1")

        trivial = Stats.of(await _time(select1, list(range(500)), repeats))
    finally:
        await db.close()
    sample = rng.sample(ids, min(n_people, len(ids)))
    stars = [r[0] for r in busiest]
    typical = await _reply_bench(data.db_path, sample, "person", repeats)
    heavy = await _reply_bench(data.db_path, stars, "person", max(repeats, 10))
    teams = await _reply_bench(data.db_path, team_ids, "team", max(repeats, 5))
    # the same reply on a small database: the bundled registry and the seed story
    small_ids = [r[0] for r in await _small_people(bundled)]
    small = await _reply_bench(bundled, small_ids, "person", max(repeats, 5))
    scale = f"{n_claims:,} claims, {n_reports:,} reports"
    rows = [
        Row(
            sec,
            "person reply, people sampled uniformly",
            "ms",
            median=typical.median * 1e3,
            p99=typical.p99 * 1e3,
            n=typical.n,
            baseline=small.p99 * 1e3,
            ratio=small.p99 / typical.p99,
            target=f"p99 <= {TARGET_MS:g} ms",
            passed=typical.p99 * 1e3 <= TARGET_MS,
            note=f"{scale}; baseline = same reply on the bundled data (p99)",
        ),
        Row(
            sec,
            f"person reply, 10 busiest people ({busiest[-1][1]}-{busiest[0][1]} claims)",
            "ms",
            median=heavy.median * 1e3,
            p99=heavy.p99 * 1e3,
            n=heavy.n,
            baseline=small.p99 * 1e3,
            ratio=small.p99 / heavy.p99,
            target=f"p99 <= {TARGET_MS:g} ms",
            passed=heavy.p99 * 1e3 <= TARGET_MS,
            note="answers list at most 200 claims (LIMIT 200)",
        ),
        Row(
            sec,
            "team reply (/team, 20 busiest teams of 2025)",
            "ms",
            median=teams.median * 1e3,
            p99=teams.p99 * 1e3,
            n=teams.n,
            target=f"p99 <= {TARGET_MS:g} ms",
            passed=teams.p99 * 1e3 <= TARGET_MS,
        ),
        Row(
            sec,
            "baseline: SELECT 1 through aiosqlite",
            "ms",
            median=trivial.median * 1e3,
            p99=trivial.p99 * 1e3,
            n=trivial.n,
            note=f"person reply p99 = {typical.p99 / trivial.p99:.0f}x this",
        ),
        Row(
            sec,
            "baseline: person reply on the bundled data",
            "ms",
            median=small.median * 1e3,
            p99=small.p99 * 1e3,
            n=small.n,
        ),
    ]
    rows[0].extra["query_plans"] = plans
    return rows


async def _small_people(path: Path) -> list[Any]:
    db = await Database.open(path, migrate=False)
    try:
        return await db.fetchall(
            "SELECT id FROM person WHERE id IN (SELECT person_id FROM claim)"
            " OR id IN (SELECT person_id FROM membership WHERE season >= 2023) LIMIT 300"
        )
    finally:
        await db.close()
