"""The long reliability runs (`make soak`): the quick tests' code with many more kills,
requests, faults and hostile inputs. Figures go to var/soak-report.json."""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.storage.check import check_database
from tests.conftest import ROOT, copy_db
from tests.discord_double import DiscordDouble
from tests.reliability.botworld import GUILD_ID, World, title
from tests.reliability.crash import (
    STEPS_PER_CLAIM,
    assert_all_or_nothing,
    assert_writes_durable,
    db_check,
    kill_import,
    run_writer_and_kill,
    team_keys,
    write_import_file,
)
from tests.reliability.load import assert_clean_answers, concurrent_addnews
from tests.reliability.test_discord_faults import (
    CALLBACK,
    answered_once,
    confirm_flow,
    people,
    transfer,
)
from tests.soak.conftest import record

pytestmark = [pytest.mark.soak]

SEED = int(os.environ.get("MERCATO_SOAK_SEED", random.randrange(10**6)))
IMPORT_CLAIMS = 200_000
IMPORT_KILLS = 8
WRITER_KILLS = 20


def test_soak_kill_import_at_random_points(bundled_db: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    db = copy_db(bundled_db, tmp_path / "mercato.sqlite3")
    teams = team_keys(db)
    kills = landed = 0
    prefix = "soak0"
    file = write_import_file(tmp_path / "big.json", prefix, IMPORT_CLAIMS, teams)
    for n in range(IMPORT_KILLS):
        if n < IMPORT_KILLS - 2:
            plan = {"at_step": rng.randint(1, int(IMPORT_CLAIMS * STEPS_PER_CLAIM)), "timer": 0.0}
        else:
            plan = {"at_step": None, "timer": rng.uniform(1.0, 40.0)}
        outcome = kill_import(db, file, prefix, rng, **plan)
        kills += outcome.killed
        if assert_all_or_nothing(outcome, IMPORT_CLAIMS):
            landed += 1
            prefix = f"soak{n + 1}"
            file = write_import_file(tmp_path / f"big{n}.json", prefix, IMPORT_CLAIMS, teams)
        db_check(db)
    # After every kill, the same import still runs to the end.
    final = kill_import(db, file, prefix, rng, at_step=None, timer=900.0)
    assert not final.killed and assert_all_or_nothing(final, IMPORT_CLAIMS)
    db_check(db)
    record(
        "import_kills",
        {"seed": SEED, "claims_per_file": IMPORT_CLAIMS, "attempts": IMPORT_KILLS,
         "killed": kills, "completed_before_kill": landed, "half_applied": 0},
    )  # fmt: skip
    assert kills >= IMPORT_KILLS - 2


def test_soak_kill_addnews_writer_at_random_times(bundled_db: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    db = copy_db(bundled_db, tmp_path / "mercato.sqlite3")
    acknowledged: list[tuple[int, str]] = []
    for n in range(WRITER_KILLS):
        run = run_writer_and_kill(db, f"s{n}", rng.randint(1, 150), tasks=rng.choice((1, 4, 8)))
        acknowledged += run.acknowledged
        db_check(db)
        assert_writes_durable(db, acknowledged)
    record(
        "writer_kills",
        {"seed": SEED, "kills": WRITER_KILLS, "acknowledged_writes": len(acknowledged), "lost": 0},
    )


async def test_soak_concurrent_addnews(world: World, double: DiscordDouble) -> None:
    rounds, per_round = 3, 200
    before = (
        await world.services.db.fetchone(
            "SELECT count(*) FROM claim WHERE guild_id = ?", (GUILD_ID,)
        )
    )[0]
    interactions = 0
    for r in range(rounds):
        result = await concurrent_addnews(world, per_round, f"soak-load{r}", offset=r * per_round)
        assert all(t.endswith(" added") for t in result.titles), set(result.titles)
        assert_clean_answers(world, result)
        interactions += len(result.records)
    after = (
        await world.services.db.fetchone(
            "SELECT count(*) FROM claim WHERE guild_id = ?", (GUILD_ID,)
        )
    )[0]
    assert after - before == rounds * per_round
    assert check_database(world.db_path) == []
    record(
        "concurrency",
        {"rounds": rounds, "concurrent_addnews": per_round, "stories_stored": after - before,
         "interactions": interactions, "late_or_lost": 0, "database_locked_seen": 0},
    )  # fmt: skip


async def test_soak_discord_faults(world: World, double: DiscordDouble) -> None:
    rng = random.Random(SEED + 2)
    since = len(double.interactions)
    faults = {"500": 0, "502": 0, "429": 0, "resume": 0, "reidentify": 0}
    pids = await people(world, 60, offset=1000)
    stories = 0
    for n in range(60):
        kind = rng.choice(list(faults))
        if kind in ("500", "502"):
            rule = double.fail_next(1, int(kind), CALLBACK)
        elif kind == "429":
            rule = double.fail_next(rng.randint(1, 4), 429, CALLBACK, retry_after=0.05)
        else:
            mark = await double.force_reconnect(
                0, how="close" if kind == "resume" else "invalidate"
            )
            await double.wait_gateway(
                "resumed" if kind == "resume" else "guilds_sent", since=mark, timeout=30
            )
            rule = None
        if n % 2:
            assert title(await transfer(double)) == "Mark Cavendish"
        else:
            url = f"https://www.cyclingnews.com/news/soak-fault-{SEED}-{n}"
            assert (await confirm_flow(double, pids[n], url)).endswith(" added")
            stories += 1
        if rule is not None:
            assert rule.remaining == 0  # every injected fault was hit, and survived
        faults[kind] += 1 if rule is None else rule.hits
    recs = answered_once(double, since)
    assert check_database(world.db_path) == []
    record(
        "discord_faults",
        {"seed": SEED, "injected": faults, "interactions": len(recs), "stories_added": stories,
         "lost_or_duplicated_replies": 0},
    )  # fmt: skip


def test_soak_hostile_input() -> None:
    """The hostile-input module again, with many more hypothesis examples."""
    service, through_double = 1000, 150
    env = {
        **os.environ,
        "MERCATO_HOSTILE_EXAMPLES": str(service),
        "MERCATO_HOSTILE_DOUBLE_EXAMPLES": str(through_double),
    }
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--hypothesis-show-statistics", "tests/security/test_hostile_input.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout[-5000:]
    # One line per test and phase (a "reuse" phase replays saved examples first).
    per_test = re.split(r"\n(?=tests/security/test_hostile_input.py::\w+:)", out.stdout)[1:]
    passing = [
        sum(int(x) for x in re.findall(r"- (\d+) passing, 0 failing", block)) for block in per_test
    ]
    # Every property test of the module ran and passed examples (new ones are counted too).
    source = (ROOT / "tests" / "security" / "test_hostile_input.py").read_text()
    expected = len(re.findall(r"^@(?:SERVICE|DOUBLE)$", source, re.M))
    assert len(passing) == expected and all(passing), out.stdout[-3000:]
    record(
        "hostile_input",
        {"property_tests": len(passing), "examples": sum(passing),
         "service_level_examples": sum(passing[:4]), "through_discord_examples": sum(passing[4:]),
         "crashes": 0, "pings": 0, "invalid_rows": 0},
    )  # fmt: skip
    shutil.rmtree(ROOT / ".hypothesis" / "tmp", ignore_errors=True)
