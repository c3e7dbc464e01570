"""`db check`: SQLite's own checks plus the model's invariants."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from pathlib import Path

from bot.storage.claims import mismatched_statuses
from bot.storage.db import connect


def check_database(path: Path) -> list[str]:
    """Return a list of problems; empty means the database is consistent."""
    conn = connect(path, readonly=True)
    try:
        problems: list[str] = []
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems += [f"integrity: {r}" for r in result[:20]]
        fk = list(conn.execute("PRAGMA foreign_key_check"))
        problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in fk[:20]]
        names: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
        for team_id, first, last in conn.execute(
            "SELECT team_id, first_season, last_season FROM team_name ORDER BY team_id, first_season"
        ):
            names[team_id].append((first, last))
        for team_id, ranges in names.items():
            for (_, a_last), (b_first, _) in pairwise(ranges):
                if a_last is None or a_last >= b_first:
                    problems.append(f"team {team_id}: name ranges overlap at {b_first}")
        unsourced = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM claim c WHERE retracted_reason IS NULL AND NOT EXISTS"
                " (SELECT 1 FROM claim_source cs WHERE cs.claim_id = c.id) ORDER BY id"
            )
        ]
        problems += [f"claim {claim_id}: no source" for claim_id in unsourced]
        skip = set(unsourced)
        problems += [
            f"claim {claim_id}: status {stored}, sources say {expected}"
            for claim_id, stored, expected in mismatched_statuses(conn)
            if claim_id not in skip
        ]
        orphans = conn.execute(
            "SELECT count(*) FROM report r WHERE NOT EXISTS"
            " (SELECT 1 FROM claim_source cs WHERE cs.report_id = r.id)"
            " AND NOT EXISTS (SELECT 1 FROM report x WHERE x.credited_by = r.id)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} report(s) support no claim")
        return problems
    finally:
        conn.close()
