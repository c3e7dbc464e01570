"""`sync wikidata`: enumerate team seasons and their people, fetch them, merge them, resumably.

1. seasons: the Query Service lists the team seasons (with their teams) from `since` on, a page
   at a time;
2. members: for each group of seasons, the people they name;
3. entities: `wbgetentities` fetches the teams and team seasons (again on every run: their
   rosters are needed for the people), then the people 50 at a time. Before a batch of people
   is merged, the countries and occupations it names that are not known yet are fetched too.

Every step commits its data with the state that says it is done (`bot.storage.sync_state`),
so a sync killed halfway resumes where it stopped and merges nothing twice; a second sync of
unchanged data changes nothing (the merge writes only differences). Merges run on a plain
sqlite3 connection in a worker thread; HTTP stays in `bot.sources.wikidata`.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from bot.domain.wikidata import ItemRecord, MissingRecord, PersonRecord, Record, SeasonRecord
from bot.domain.wikidata.report import MergeReport
from bot.sources.wikidata import BATCH, WikidataClient, members_query, seasons_query
from bot.storage import sync_state
from bot.storage.backup import backup
from bot.storage.db import connect, immediate
from bot.storage.registry_merge import RegistryWriter
from bot.storage.sync_state import SyncRun
from bot.storage.wikidata_files import record_audit

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
T = TypeVar("T")

SEASON_PAGE = 1000  # Query Service rows per page when listing team seasons
MEMBER_PAGE = 5000  # rows per page when listing the people of a group of seasons
SEASON_GROUP = 100  # team seasons per members query


@dataclass(slots=True)
class SyncResult:
    report: MergeReport
    resumed: bool
    dry_run: bool = False
    requests: int = 0
    changed_people: set[int] = field(default_factory=set)
    changed_teams: set[int] = field(default_factory=set)

    def lines(self) -> list[str]:
        """The result as text lines for the command line."""
        head = "dry run, nothing written" if self.dry_run else "sync finished"
        if self.resumed:
            head += " (resumed an interrupted sync)"
        return [f"{head}; {self.requests} requests to Wikidata", *self.report.lines()]


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Sync:
    """One sync on one connection; each step is a transaction run in a worker thread."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        client: WikidataClient,
        *,
        since: int,
        now: datetime,
        progress: Progress | None,
    ) -> None:
        self.conn = conn
        self.client = client
        self.since = since
        self.now = _iso(now)
        self.progress = progress or (lambda section, done, total: None)
        self.writer = RegistryWriter(conn, retrieved_at=self.now, this_year=now.year, since=since)
        self.carried = MergeReport()
        self.resumed = False

    async def _tx(self, fn: Callable[[], T]) -> T:
        def run() -> T:
            with immediate(self.conn):
                return fn()

        return await asyncio.to_thread(run)

    async def run(self) -> SyncResult:
        """Resume or start the sync, run its remaining phases, and finish it."""
        run, resumed = await self._tx(lambda: sync_state.open_run(self.conn, self.since, self.now))
        self.resumed = resumed
        if resumed:
            log.info("resuming the Wikidata sync started %s (%s)", run.started_at, run.phase)
            self.carried = MergeReport.from_dict(run.report)
        if run.phase == "seasons":
            await self._seasons(run)
        if run.phase == "members":
            await self._members(run)
        await self._teams(run)
        await self._people(run)
        report = self._report(run)
        await self._tx(lambda: self._finish(run, report))
        return SyncResult(
            report,
            resumed,
            requests=self.client.stats.requests,
            changed_people=self.writer.changed_people,
            changed_teams=self.writer.changed_teams,
        )

    # -- 1. team seasons ------------------------------------------------------------------------
    async def _seasons(self, run: SyncRun) -> None:
        while run.phase == "seasons":
            rows = await self.client.sparql(
                seasons_query(self.since, SEASON_PAGE, run.page * SEASON_PAGE)
            )
            seasons = [r["season"] for r in rows if _qid(r.get("season"))]
            teams = [r["team"] for r in rows if _qid(r.get("team"))]
            last = len(rows) < SEASON_PAGE
            await self._tx(partial(self._save_seasons, run, seasons, teams, last))
            self.progress("team seasons", run.page * SEASON_PAGE + len(rows), 0)

    def _save_seasons(self, run: SyncRun, seasons: list[str], teams: list[str], last: bool) -> None:
        sync_state.add_items(self.conn, run, "season", seasons)
        sync_state.add_items(self.conn, run, "team", teams)
        if last:
            sync_state.set_phase(self.conn, run, "members")
        else:
            sync_state.set_phase(self.conn, run, "seasons", run.page + 1)

    # -- 2. their people ------------------------------------------------------------------------
    async def _members(self, run: SyncRun) -> None:
        seasons = await asyncio.to_thread(sync_state.items, self.conn, run, "season")
        groups = [seasons[i : i + SEASON_GROUP] for i in range(0, len(seasons), SEASON_GROUP)]
        while run.phase == "members":
            if run.page >= len(groups):
                await self._tx(partial(self._members_done, run))
                break
            people: list[str] = []
            offset = 0
            while True:
                rows = await self.client.sparql(
                    members_query(groups[run.page], MEMBER_PAGE, offset)
                )
                people += [r["person"] for r in rows if _qid(r.get("person"))]
                if len(rows) < MEMBER_PAGE:
                    break
                offset += MEMBER_PAGE

            await self._tx(partial(self._save_members, run, people))
            self.progress("season groups", run.page, len(groups))

    def _members_done(self, run: SyncRun) -> None:
        sync_state.add_rechecks(self.conn, run)
        sync_state.set_phase(self.conn, run, "entities")

    def _save_members(self, run: SyncRun, people: list[str]) -> None:
        sync_state.add_items(self.conn, run, "person", people)
        sync_state.set_phase(self.conn, run, "members", run.page + 1)

    # -- 3. entities ----------------------------------------------------------------------------
    async def _teams(self, run: SyncRun) -> None:
        def left() -> tuple[int, int]:
            kinds = [
                sync_state.counts(self.conn, run, k)
                for k in ("team", "season", "person", "recheck")
            ]
            return sum(t - d for d, t in kinds[:2]), sum(t - d for d, t in kinds[2:])

        teams_left, people_left = await asyncio.to_thread(left)
        if not teams_left and not people_left:
            return  # a resumed sync that had merged everything: nothing needs the rosters
        ids = await asyncio.to_thread(
            lambda: (
                sync_state.items(self.conn, run, "team")
                + sync_state.items(self.conn, run, "season")
            )
        )
        records = []
        for start in range(0, len(ids), BATCH):
            records += await self.client.entities(ids[start : start + BATCH])
            self.progress("teams and seasons", min(start + BATCH, len(ids)), len(ids))
        await self._tx(partial(self._merge_seasons, run, ids, records))

    def _merge_seasons(self, run: SyncRun, ids: list[str], records: list[Record]) -> None:
        items = {r.qid: r for r in records if isinstance(r, ItemRecord)}
        self.writer.merge_seasons((r for r in records if isinstance(r, SeasonRecord)), items)
        self.writer.merge_missing(r.qid for r in records if isinstance(r, MissingRecord))
        sync_state.mark_done(self.conn, run, ids)

    async def _people(self, run: SyncRun) -> None:
        def total() -> tuple[int, int]:
            found = [sync_state.counts(self.conn, run, k) for k in ("recheck", "person")]
            return sum(d for d, _ in found), sum(t for _, t in found)

        done, count = await asyncio.to_thread(total)
        for kind in ("recheck", "person"):  # merged items first: their new ids then find them
            while True:
                batch = await asyncio.to_thread(sync_state.pending, self.conn, run, kind, BATCH)
                if not batch:
                    break
                records = await self.client.entities(batch)
                people = [r for r in records if isinstance(r, PersonRecord)]
                countries, occupations = self.writer.unknown_terms(people)
                terms = await self.client.entities(sorted(countries | occupations))
                await self._tx(
                    partial(self._merge_people, run, batch, records, terms, countries, occupations)
                )
                done += len(batch)
                self.progress("people", done, count)

    def _merge_people(
        self,
        run: SyncRun,
        batch: list[str],
        records: list[Record],
        terms: list[Record],
        countries: set[str],
        occupations: set[str],
    ) -> None:
        """One batch of people, with the terms they need, and the state saying it is done."""
        items = [r for r in terms if isinstance(r, ItemRecord)]
        self.writer.learn_items(items, occupations, countries)
        self.writer.merge_people(r for r in records if isinstance(r, PersonRecord))
        self.writer.merge_missing(r.qid for r in records if isinstance(r, MissingRecord))
        sync_state.mark_done(self.conn, run, batch)
        sync_state.save_report(self.conn, run, self._report(run).as_dict())

    def _report(self, run: SyncRun) -> MergeReport:
        report = MergeReport()
        report.absorb(self.carried)
        report.absorb(self.writer.report)
        if self.resumed:
            known = {u.wikidata_id for u in report.unsure}
            report.unsure += [
                u for u in sync_state.reviews_since(self.conn, run) if u.wikidata_id not in known
            ]
        return report

    def _finish(self, run: SyncRun, report: MergeReport) -> None:
        sync_state.finish(self.conn, run, self.now)
        sync_state.save_report(self.conn, run, report.as_dict())
        if report.changed:
            record_audit(self.conn, "sync", {"source": "wikidata", **report.as_dict()})


def _qid(value: Any) -> bool:
    return isinstance(value, str) and value[:1] == "Q" and value[1:].isdigit()


async def sync_wikidata(
    db_path: Path,
    client: WikidataClient,
    *,
    since: int,
    now: datetime | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> SyncResult:
    """Sync the registry from Wikidata; with `dry_run`, on a scratch copy that is thrown away."""
    when = now or datetime.now(UTC)
    if dry_run:
        with tempfile.TemporaryDirectory(prefix="mercato-dry-run-") as scratch:
            copy = Path(scratch) / "dry-run.sqlite3"
            await asyncio.to_thread(backup, db_path, copy)
            result = await sync_wikidata(copy, client, since=since, now=when, progress=progress)
            result.dry_run = True
            return result
    conn = await asyncio.to_thread(partial(connect, db_path, threads=True))
    try:
        sync = _Sync(conn, client, since=since, now=when, progress=progress)
        return await sync.run()
    finally:
        await asyncio.to_thread(conn.close)


async def sync_due(db_path: Path, now: datetime, every_days: float = 7.0) -> bool:
    """Whether a scheduled sync should run: one was interrupted, or the last is old enough."""

    def check() -> bool:
        conn = connect(db_path, readonly=True)
        try:
            if sync_state.unfinished(conn) is not None:
                return True
            last = sync_state.last_finished(conn)
        finally:
            conn.close()
        return last is None or (now - last).total_seconds() >= every_days * 86400

    return await asyncio.to_thread(check)


__all__ = ["SyncResult", "sync_due", "sync_wikidata"]
