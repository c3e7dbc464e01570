"""The persisted state of a Wikidata sync: which phase it is in and which ids are still to fetch.

A sync killed at any point resumes where it stopped: each step's state changes in the same
transaction as its data (a Query Service page with the ids it found, a batch of people with
their merge), so nothing is done twice and nothing is skipped.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.domain.wikidata.report import Unsure

PHASES = ("seasons", "members", "entities", "done")


@dataclass(slots=True)
class SyncRun:
    id: int
    since: int
    started_at: str
    phase: str
    page: int
    report: dict[str, Any]


def _run(row: tuple[Any, ...]) -> SyncRun:
    run_id, since, started, phase, page, report = row
    return SyncRun(run_id, since, started, phase, page, json.loads(report or "{}"))


_COLUMNS = "id, since, started_at, phase, page, report"


def unfinished(conn: sqlite3.Connection) -> SyncRun | None:
    """The sync that was stopped before it finished, if any."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM wikidata_sync WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return _run(row) if row else None


def open_run(conn: sqlite3.Connection, since: int, now: str) -> tuple[SyncRun, bool]:
    """Resume the unfinished sync over the same seasons, or start one; True when resumed.

    An unfinished sync over other seasons (another --since) is closed as abandoned: its ids
    would not be the ones asked for.
    """
    found = unfinished(conn)
    if found is not None and found.since == since:
        return found, True
    if found is not None:
        conn.execute(
            "UPDATE wikidata_sync SET finished_at = ?, report = json_set(report, '$.abandoned',"
            " json('true')) WHERE id = ?",
            (now, found.id),
        )
    run_id = conn.execute(
        "INSERT INTO wikidata_sync (since, started_at, phase, page) VALUES (?, ?, 'seasons', 0)",
        (since, now),
    ).lastrowid
    assert run_id is not None
    return SyncRun(run_id, since, now, "seasons", 0, {}), False


def set_phase(conn: sqlite3.Connection, run: SyncRun, phase: str, page: int = 0) -> None:
    """Move the sync to `phase`, at its page `page`."""
    conn.execute("UPDATE wikidata_sync SET phase = ?, page = ? WHERE id = ?", (phase, page, run.id))
    run.phase, run.page = phase, page


def add_items(conn: sqlite3.Connection, run: SyncRun, kind: str, qids: list[str]) -> None:
    """Remember ids to fetch (an id found twice is kept once)."""
    conn.executemany(
        "INSERT OR IGNORE INTO wikidata_sync_item (sync_id, wikidata_id, kind) VALUES (?, ?, ?)",
        [(run.id, q, kind) for q in qids],
    )


def items(conn: sqlite3.Connection, run: SyncRun, kind: str) -> list[str]:
    """Every id of `kind` the sync found, in id order."""
    rows = conn.execute(
        "SELECT wikidata_id FROM wikidata_sync_item WHERE sync_id = ? AND kind = ?"
        " ORDER BY length(wikidata_id), wikidata_id",
        (run.id, kind),
    )
    return [q for (q,) in rows]


def pending(conn: sqlite3.Connection, run: SyncRun, kind: str, limit: int) -> list[str]:
    """The next `limit` ids of `kind` not merged yet."""
    rows = conn.execute(
        "SELECT wikidata_id FROM wikidata_sync_item WHERE sync_id = ? AND done = 0 AND kind = ?"
        " ORDER BY length(wikidata_id), wikidata_id LIMIT ?",
        (run.id, kind, limit),
    )
    return [q for (q,) in rows]


def counts(conn: sqlite3.Connection, run: SyncRun, kind: str) -> tuple[int, int]:
    """(done, total) for `kind`."""
    row = conn.execute(
        "SELECT coalesce(sum(done), 0), count(*) FROM wikidata_sync_item"
        " WHERE sync_id = ? AND kind = ?",
        (run.id, kind),
    ).fetchone()
    return int(row[0]), int(row[1])


def add_rechecks(conn: sqlite3.Connection, run: SyncRun) -> None:
    """Stored Wikidata people this sync did not find: merged into another item, deleted, or out
    of the seasons now. Fetching them first lets a merged item's new id find its person."""
    conn.execute(
        "INSERT OR IGNORE INTO wikidata_sync_item (sync_id, wikidata_id, kind)"
        " SELECT ?, p.wikidata_id, 'recheck' FROM person p WHERE p.wikidata_id IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM wikidata_sync_item i"
        " WHERE i.sync_id = ? AND i.wikidata_id = p.wikidata_id)",
        (run.id, run.id),
    )


def mark_done(conn: sqlite3.Connection, run: SyncRun, qids: list[str]) -> None:
    """Mark ids as merged."""
    conn.executemany(
        "UPDATE wikidata_sync_item SET done = 1 WHERE sync_id = ? AND wikidata_id = ?",
        [(run.id, q) for q in qids],
    )


def save_report(conn: sqlite3.Connection, run: SyncRun, report: dict[str, Any]) -> None:
    """Keep the counts so far, for the report of a sync that resumes."""
    conn.execute("UPDATE wikidata_sync SET report = ? WHERE id = ?", (json.dumps(report), run.id))
    run.report = report


def finish(conn: sqlite3.Connection, run: SyncRun, now: str) -> None:
    """Close the sync and drop its list of ids."""
    conn.execute(
        "UPDATE wikidata_sync SET phase = 'done', finished_at = ? WHERE id = ?", (now, run.id)
    )
    conn.execute("DELETE FROM wikidata_sync_item WHERE sync_id = ?", (run.id,))
    run.phase = "done"


def last_finished(conn: sqlite3.Connection) -> datetime | None:
    """When the last complete (not abandoned) sync finished."""
    row = conn.execute(
        "SELECT max(finished_at) FROM wikidata_sync WHERE phase = 'done'"
        " AND json_extract(report, '$.abandoned') IS NULL"
    ).fetchone()
    if not row or not row[0]:
        return None
    return datetime.fromisoformat(row[0].replace("Z", "+00:00"))


def reviews_since(conn: sqlite3.Connection, run: SyncRun) -> list[Unsure]:
    """Unsure matches the interrupted part of a resumed sync recorded."""
    rows = conn.execute(
        "SELECT r.wikidata_id, r.reason, r.entity, r.candidate_id FROM registry_review r"
        " WHERE r.created_at >= ?",
        (run.started_at,),
    ).fetchall()
    out = []
    for qid, reason, entity, candidate in rows:
        table = "person" if entity == "person" else "team"
        found = conn.execute(f"SELECT key FROM {table} WHERE id = ?", (candidate,)).fetchone()
        out.append(Unsure(qid, qid, found[0] if found else f"#{candidate}", reason))
    return out
