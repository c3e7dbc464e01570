"""`sync wikidata` against the local double: the registry it fills, resuming, faults, merges."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.services import wikidata_sync
from bot.services.wikidata_sync import sync_due, sync_wikidata
from bot.sources.wikidata import WikidataClient, WikidataError, user_agent
from bot.storage.check import check_database
from bot.storage.wikidata_files import import_wikidata_file
from tests.conftest import copy_db
from tests.wikidata_double import entities as e
from tests.wikidata_double import world as w
from tests.wikidata_double.server import FakeSleep, Fault, WikidataDouble

NOW = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
async def double() -> AsyncIterator[WikidataDouble]:
    d = WikidataDouble()
    d.load(w.everything())
    await d.start()
    yield d
    await d.stop()


def client_for(double: WikidataDouble, sleep: FakeSleep | None = None) -> WikidataClient:
    return WikidataClient(
        sparql_url=double.sparql_url,
        api_url=double.api_url,
        user_agent=user_agent("tests@example.org"),
        sleep=sleep or FakeSleep(),
    )


async def run_sync(db: Path, double: WikidataDouble, **kw: Any) -> wikidata_sync.SyncResult:
    async with client_for(double, kw.pop("sleep", None)) as client:
        return await sync_wikidata(db, client, since=2010, now=NOW, **kw)


def registry(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What fans will see of the registry, without row ids and retrieval times."""
    conn = sqlite3.connect(db)
    try:
        return {
            "people": sorted(conn.execute(
                "SELECT key, name, role, nationality, birth_date, source, wikidata_id FROM person"
            )),
            "memberships": sorted(conn.execute(
                "SELECT p.key, t.key, m.season, m.role, m.start_date, m.end_date, m.source,"
                " m.wikidata_id FROM membership m JOIN person p ON p.id = m.person_id"
                " JOIN team t ON t.id = m.team_id"
            )),
            "names": sorted(conn.execute(
                "SELECT t.key, n.name, n.first_season, n.last_season, n.source FROM team_name n"
                " JOIN team t ON t.id = n.team_id"
            )),
            "aliases": sorted(conn.execute(
                "SELECT coalesce(person_id, -team_id), alias, source FROM alias"
            )),
            "seasons": sorted(conn.execute("SELECT wikidata_id, season, name FROM team_season")),
        }  # fmt: skip
    finally:
        conn.close()


async def test_a_sync_fills_the_registry_as_an_entity_file_import_does(
    db_path: Path, tmp_path: Path, double: WikidataDouble
) -> None:
    file_db = copy_db(db_path, tmp_path / "file.sqlite3")
    dump = tmp_path / "world.json"
    dump.write_bytes(e.dump_lines(w.everything()))
    import_wikidata_file(file_db, dump, this_year=2025, since=2010)
    result = await run_sync(db_path, double)
    assert not result.resumed and result.report.added["people"] >= 3
    assert registry(db_path) == registry(file_db)
    assert check_database(db_path) == []
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM wikidata_sync_item").fetchone() == (0,)
        (phase, finished) = conn.execute("SELECT phase, finished_at FROM wikidata_sync").fetchone()
        assert (phase, finished) == ("done", "2025-11-20T09:00:00Z")
    finally:
        conn.close()


async def test_a_second_sync_changes_nothing(db_path: Path, double: WikidataDouble) -> None:
    await run_sync(db_path, double)
    before = registry(db_path)
    again = await run_sync(db_path, double)
    assert not again.report.changed, again.report.lines()
    assert registry(db_path) == before


async def test_pages_of_the_query_service_are_followed(
    db_path: Path, double: WikidataDouble, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wikidata_sync, "SEASON_PAGE", 5)
    monkeypatch.setattr(wikidata_sync, "MEMBER_PAGE", 2)
    monkeypatch.setattr(wikidata_sync, "SEASON_GROUP", 4)
    await run_sync(db_path, double)
    queries = [s.query for s in double.requests("sparql")]
    season_pages = [q for q in queries if "wdt:P5138 ?team" in q]
    assert [q.rsplit("OFFSET ", 1)[1] for q in season_pages] == ["0", "5", "10"]
    member_offsets = [q.rsplit("OFFSET ", 1)[1] for q in queries if "VALUES ?season" in q]
    assert "2" in member_offsets and "4" in member_offsets
    assert len(registry(db_path)["seasons"]) == 12


async def test_faults_are_waited_out_and_the_sync_completes(
    db_path: Path, double: WikidataDouble
) -> None:
    double.faults["sparql"] += [Fault("429", "30"), Fault("cut")]
    double.faults["api"] += [Fault("503", "10"), Fault("maxlag", "5"), Fault("cut")]
    sleep = FakeSleep()
    result = await run_sync(db_path, double, sleep=sleep)
    # a second failure of the same request waits longer (2 s, then 4 s, 8 s, ...)
    assert sleep.waits == [30.0, 4.0, 10.0, 5.0, 8.0]
    assert result.report.added["people"] >= 3


async def test_a_sync_killed_halfway_resumes_and_duplicates_nothing(
    db_path: Path, tmp_path: Path, double: WikidataDouble, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wikidata_sync, "BATCH", 3)  # people in batches of 3
    whole = copy_db(db_path, tmp_path / "whole.sqlite3")
    await run_sync(whole, double)
    # the Action API stops answering after 8 calls: 5 for the 15 teams and seasons, then the
    # first two batches of people (the first also asks what occupation Q9001 is)
    double.fail_after["api"] = 8
    with pytest.raises(WikidataError):
        await run_sync(db_path, double)
    conn = sqlite3.connect(db_path)
    done = conn.execute(
        "SELECT wikidata_id FROM wikidata_sync_item WHERE done = 1 AND kind = 'person'"
    ).fetchall()
    conn.close()
    assert len(done) == 6
    double.fail_after.clear()
    double.seen.clear()
    result = await run_sync(db_path, double)
    assert result.resumed
    assert double.requests("sparql") == []  # the lists were already made
    fetched = {i for s in double.requests("api") for i in s.params["ids"].split("|")}
    assert not fetched & {q for (q,) in done}
    assert registry(db_path) == registry(whole)


async def test_a_merged_item_keeps_its_person_and_a_deleted_one_is_reported(
    db_path: Path, tmp_path: Path, double: WikidataDouble
) -> None:
    # an earlier import knew Pogačar as Q199 and a rider Q300 that Wikidata later deleted
    old = [
        e.person("Q199", "Tadej Pogačar", born="1998-09-21", teams=[(w.uae_season(2020),)]),
        e.person("Q300", "Deleted Rider", teams=[(w.uae_season(2021),)]),
        *w.teams(),
    ]
    dump = tmp_path / "old.json"
    dump.write_bytes(e.dump_lines(old))
    import_wikidata_file(db_path, dump, this_year=2025, since=2010)
    double.redirects["Q199"] = w.POGACAR
    result = await run_sync(db_path, double)
    assert result.report.redirects == 1
    assert result.report.gone == ["Q300"]
    people = [p for p in registry(db_path)["people"] if p[1] in ("Tadej Pogačar", "Deleted Rider")]
    assert [(p[0], p[6]) for p in people] == [
        ("deleted-rider", "Q300"),
        ("tadej-pogacar", w.POGACAR),
    ]


async def test_a_dry_run_writes_nothing(db_path: Path, double: WikidataDouble) -> None:
    before = registry(db_path)
    result = await run_sync(db_path, double, dry_run=True)
    assert result.dry_run and result.report.added["people"] >= 3
    assert registry(db_path) == before
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM wikidata_sync").fetchone() == (0,)
    finally:
        conn.close()


async def test_a_sync_is_due_weekly_or_when_one_was_interrupted(
    db_path: Path, double: WikidataDouble
) -> None:
    assert await sync_due(db_path, NOW)
    await run_sync(db_path, double)
    assert not await sync_due(db_path, NOW.replace(day=26))
    assert await sync_due(db_path, NOW.replace(day=27, hour=10))
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO wikidata_sync (since, started_at, phase) VALUES (2010, 'x', 'members')"
    )
    conn.commit()
    conn.close()
    assert await sync_due(db_path, NOW.replace(day=21))
