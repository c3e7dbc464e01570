"""Registry reads the answers use: careers with dates and sources, rosters, a team's seasons."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage import registry
from bot.storage.db import Database
from bot.storage.registry import Provenance
from bot.storage.wikidata_files import import_wikidata_file
from tests.wikidata_double import entities as e
from tests.wikidata_double import world as w


@pytest.fixture
async def db(db_path: Path, tmp_path: Path) -> AsyncIterator[Database]:
    dump = tmp_path / "world.json"
    dump.write_bytes(e.dump_lines(w.everything()))
    import_wikidata_file(db_path, dump, this_year=2025)
    database = await Database.open(db_path)
    yield database
    await database.close()


async def ids(db: Database, table: str, key: str) -> int:
    row = await db.fetchone(f"SELECT id FROM {table} WHERE key = ?", (key,))
    assert row is not None
    return int(row[0])


async def test_a_career_gives_each_seasons_team_name_dates_role_and_sources(db: Database) -> None:
    pid = await ids(db, "person", "tadej-pogacar")
    career = await registry.person_career(db.conn, pid)
    first, second, last = career[0], career[1], career[-1]
    assert (first.team_name, first.season, first.start_date) == (
        "UAE Team Emirates",
        2019,
        "2019-01-01",
    )
    assert first.provenance.sources == ("wikidata",)
    assert second.provenance == Provenance(
        "dataset", w.uae_season(2020), second.provenance.retrieved_at
    )
    assert second.provenance.sources == ("dataset", "wikidata")
    assert [c.team_name for c in career if c.season == 2025] == ["UAE Team Emirates XRG"]
    assert (last.season, last.provenance.sources) == (2026, ("dataset",))


async def test_a_mid_season_move_is_two_lines_in_date_order(db: Database) -> None:
    pid = await ids(db, "person", "mid-season-mover")
    career = await registry.person_career(db.conn, pid)
    assert [(c.team_name, c.season, c.start_date, c.end_date) for c in career] == [
        ("UAE Team Emirates", 2023, None, "2023-07-31"),
        ("Brand New Cycling", 2023, "2023-08-01", None),
        ("Brand New Cycling", 2024, None, None),
    ]


async def test_a_team_seasons_roster_lists_riders_then_staff(db: Database) -> None:
    astana = await ids(db, "team", "astana-qazaqstan")
    roster = await registry.team_roster(db.conn, astana, 2023)
    assert [(r.name, r.role) for r in roster][-1] == ("Alexandre Vinokourov", "manager")
    assert ("Mark Cavendish", "rider") in [(r.name, r.role) for r in roster]
    assert all(r.role == "rider" for r in roster[:-1])


async def test_a_teams_span_says_when_it_ended(db: Database) -> None:
    new_team = await ids(db, "team", "brand-new-cycling")
    span = await registry.team_span(db.conn, new_team)
    assert span is not None
    assert (span.first_season, span.last_season, span.dissolved) == (2023, 2024, 2024)
    assert span.provenance.source == "wikidata"
    uae = await registry.team_span(db.conn, await ids(db, "team", "uae-team-emirates-xrg"))
    assert uae is not None and (uae.first_season, uae.last_season) == (2010, None)
    assert uae.provenance.sources == ("dataset", "wikidata")


async def test_person_provenance_and_open_reviews(db: Database) -> None:
    pid = await ids(db, "person", "jan-christen")
    found = await registry.person_provenance(db.conn, pid)
    assert found is not None
    assert (found.source, found.wikidata_id, found.sources) == (
        "wikidata",
        w.CHRISTEN,
        ("wikidata",),
    )
    assert found.retrieved_at is not None and found.retrieved_at.endswith("Z")
    (review,) = await registry.open_reviews(db.conn)
    assert (review.wikidata_id, review.entity) == (w.NAMESAKE, "person")
    assert review.candidate_id == await ids(db, "person", "aaron-murray-gate")
