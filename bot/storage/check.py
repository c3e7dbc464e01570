"""`db check`: SQLite's own checks plus the model's invariants."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date
from itertools import pairwise
from pathlib import Path

from bot.domain.models import Status
from bot.domain.status import derive_status


def check_database(path: Path) -> list[str]:
    """Return a list of problems; empty means the database is consistent."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
        sources: dict[int, list[tuple[Status, date]]] = defaultdict(list)
        for claim_id, status, published in conn.execute(
            "SELECT cs.claim_id, cs.status, r.published FROM claim_source cs"
            " JOIN report r ON r.id = cs.report_id"
        ):
            sources[claim_id].append((Status(status), date.fromisoformat(published)))
        for claim_id, status, reason in conn.execute(
            "SELECT id, status, retracted_reason FROM claim"
        ):
            if not sources[claim_id] and reason is None:
                problems.append(f"claim {claim_id}: no source")
                continue
            expected = derive_status(sources[claim_id], retracted=reason is not None)
            if expected.value != status:
                problems.append(f"claim {claim_id}: status {status}, sources say {expected.value}")
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
