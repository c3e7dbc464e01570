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
from bot.presentation.stories import ask_answer
from bot.services.ask import AskService, ShowPerson, ShowTeam
from bot.services.directory import Directory
from bot.services.resolver import Resolver
from bot.storage import claims as claims_db
from bot.storage.db import Database
from bot.storage.people import PERSON_SQL
from bot.ui.render import answer_pages

log = logging.getLogger(__name__)

TARGET_MS = 10.0

# The statements behind person_answer / team_answer, for EXPLAIN QUERY PLAN (parameters bound
# to 1 and None).
PLANS = {
    "person with aliases and teams": PERSON_SQL,
    "claims_for_person (with sources and links)": f"{claims_db._FULL} WHERE c.person_id = :person"
    f" AND {claims_db._SCOPE} ORDER BY c.season DESC, c.updated_at DESC, c.id DESC LIMIT :limit",
    "claims_for_team (with sources and links)": f"{claims_db._FULL} WHERE c.id IN ({claims_db._TEAM_IDS})"
    " ORDER BY c.updated_at DESC, c.id DESC",
}


async def query_plans(db: Database) -> dict[str, list[str]]:
    out = {}
    for name, sql in PLANS.items():
        params: dict[str, object] | list[object] = (
            {"person": 1, "team": 1, "season": 1, "guild": None, "limit": 1}
            if ":" in sql
            else [1] * sql.count("?")
        )
        rows = await db.conn.execute_fetchall(f"EXPLAIN QUERY PLAN {sql}", params)
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
        ask = AskService(db, Resolver(Directory(NameIndex.build([]), {})))

        async def person(pid: int) -> None:
            answer_pages(ask_answer(await ask.person(ShowPerson(pid))))

        async def team(tid: int) -> None:
            answer_pages(ask_answer(await ask.team(ShowTeam(tid, None, 2025))))

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
        Row.ms(
            sec,
            "person reply, people sampled uniformly",
            typical,
            baseline=small.p99 * 1e3,
            ratio=small.p99 / typical.p99,
            target=f"p99 <= {TARGET_MS:g} ms",
            passed=typical.p99 * 1e3 <= TARGET_MS,
            note=f"{scale}; baseline = same reply on the bundled data (p99)",
        ),
        Row.ms(
            sec,
            f"person reply, 10 busiest people ({busiest[-1][1]}-{busiest[0][1]} claims)",
            heavy,
            baseline=small.p99 * 1e3,
            ratio=small.p99 / heavy.p99,
            target=f"p99 <= {TARGET_MS:g} ms",
            passed=heavy.p99 * 1e3 <= TARGET_MS,
            note=f"answers list the newest {claims_db.PERSON_LIMIT} stories (and say there are more)",
        ),
        Row.ms(
            sec,
            "team reply (/team, 20 busiest teams of 2025)",
            teams,
            target=f"p99 <= {TARGET_MS:g} ms",
            passed=teams.p99 * 1e3 <= TARGET_MS,
        ),
        Row.ms(
            sec,
            "baseline: SELECT 1 through aiosqlite",
            trivial,
            note=f"person reply p99 = {typical.p99 / trivial.p99:.0f}x this",
        ),
        Row.ms(
            sec,
            "baseline: person reply on the bundled data",
            small,
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
