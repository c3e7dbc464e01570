"""Kill -9 during a large import and during /addnews bursts: nothing half-written, nothing lost.

Quick versions (a few kills); tests/soak/test_soak_crash.py runs the same code with 20+ kills.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.conftest import copy_db
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

CLAIMS = 20_000


def test_import_killed_at_random_points_is_all_or_nothing(bundled_db: Path, tmp_path: Path) -> None:
    rng = random.Random(8)
    db = copy_db(bundled_db, tmp_path / "mercato.sqlite3")
    teams = team_keys(db)
    plans = [
        # At an exact point inside the transaction, then at a random moment (maybe after COMMIT).
        {"at_step": rng.randint(1, int(CLAIMS * STEPS_PER_CLAIM)), "timer": 0.0},
        {"at_step": None, "timer": rng.uniform(0.5, 3.0)},
    ]
    for n, plan in enumerate(plans):
        prefix = f"quick{n}"
        file = write_import_file(tmp_path / f"{prefix}.json", prefix, CLAIMS, teams)
        outcome = kill_import(db, file, prefix, rng, **plan)
        assert_all_or_nothing(outcome, CLAIMS)
        db_check(db)


def test_addnews_writer_killed_mid_burst_loses_no_acknowledged_write(
    bundled_db: Path, tmp_path: Path
) -> None:
    rng = random.Random(9)
    db = copy_db(bundled_db, tmp_path / "mercato.sqlite3")
    acknowledged: list[tuple[int, str]] = []
    for n in range(3):
        run = run_writer_and_kill(db, f"q{n}", rng.randint(5, 60))
        acknowledged += run.acknowledged
        db_check(db)
        assert_writes_durable(db, acknowledged)
    assert len(acknowledged) >= 15
