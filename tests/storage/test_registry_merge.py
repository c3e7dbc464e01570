"""Importing a Wikidata entity file: the merge rules, on a real database with the bundled data."""

from __future__ import annotations

import bz2
import gzip
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.storage.check import check_database
from bot.storage.wikidata_files import import_wikidata_file, is_wikidata_file
from tests.wikidata_double import entities as e
from tests.wikidata_double import world as w

TABLES = ("person", "team", "team_name", "alias", "membership", "team_season", "claim",
          "report", "external_id", "registry_review", "wikidata_term")  # fmt: skip


def write(path: Path, entities: list[dict[str, Any]]) -> Path:
    path.write_bytes(e.dump_lines(entities))
    return path


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}")), key=repr) for t in TABLES}
    finally:
        conn.close()


def query(db: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()


def add_moderator_story(db: Path) -> None:
    """A moderator's person (no birth date, no teams) with a global story: to UAE for 2024."""
    conn = sqlite3.connect(db)
    try:
        uae = conn.execute("SELECT id FROM team WHERE key = 'uae-team-emirates-xrg'").fetchone()[0]
        pid = conn.execute(
            "INSERT INTO person (key, name, role, nationality, source)"
            " VALUES ('jarno-widar', 'Jarno Widar', 'rider', 'BEL', 'moderator')"
        ).lastrowid
        rid = conn.execute(
            "INSERT INTO report (outlet, published, summary) VALUES ('Outlet', '2023-08-01', 's')"
        ).lastrowid
        cid = conn.execute(
            "INSERT INTO claim (person_id, kind, to_team_id, season, status)"
            " VALUES (?, 'transfer', ?, 2024, 'official')",
            (pid, uae),
        ).lastrowid
        conn.execute("INSERT INTO claim_source VALUES (?, ?, 'official', 'official')", (cid, rid))
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def imported(db_path: Path, tmp_path: Path) -> tuple[Path, Any]:
    add_moderator_story(db_path)
    result = import_wikidata_file(
        db_path, write(tmp_path / "w.json", w.everything()), this_year=2025
    )
    return db_path, result


def person(db: Path, key: str) -> tuple[Any, ...]:
    (row,) = query(
        db,
        "SELECT name, role, nationality, birth_date, source, wikidata_id FROM person WHERE key = ?",
        key,
    )
    return row


def memberships(db: Path, key: str) -> list[tuple[Any, ...]]:
    return query(
        db,
        "SELECT t.key, m.season, m.role, m.start_date, m.end_date, m.source, m.wikidata_id"
        " FROM membership m JOIN person p ON p.id = m.person_id JOIN team t ON t.id = m.team_id"
        " WHERE p.key = ? ORDER BY m.season, m.start_date, t.key",
        key,
    )


def test_a_known_rider_becomes_one_record_with_both_provenances(imported: tuple[Path, Any]) -> None:
    db, result = imported
    assert person(db, "tadej-pogacar") == (
        "Tadej Pogačar", "rider", "SLO", "1998-09-21", "dataset", w.POGACAR
    )  # fmt: skip
    rows = memberships(db, "tadej-pogacar")
    assert rows[0] == (
        "uae-team-emirates-xrg", 2019, "rider", "2019-01-01", None, "wikidata", w.uae_season(2019)
    )  # fmt: skip
    assert rows[1][1:] == (2020, "rider", None, None, "dataset", w.uae_season(2020))
    assert rows[-1][1:] == (2026, "rider", None, None, "dataset", None)  # Wikidata stops at 2025
    assert query(db, "SELECT value FROM external_id") == [("tadej-pogacar",)]
    assert result.report.matched >= 2


def test_team_lineage_is_joined_through_its_item_and_takes_the_season_names(
    imported: tuple[Path, Any],
) -> None:
    db, _ = imported
    (team,) = query(
        db, "SELECT id, wikidata_id, source, country FROM team WHERE key = 'uae-team-emirates-xrg'"
    )
    assert team[1:] == (w.UAE, "dataset", "UAE")
    names = query(
        db,
        "SELECT name, first_season, last_season, source FROM team_name WHERE team_id = ?"
        " ORDER BY first_season",
        team[0],
    )
    assert names[-3:] == [
        ("UAE Team Emirates", 2017, 2018, "dataset"),
        ("UAE Team Emirates", 2019, 2024, "wikidata"),
        ("UAE Team Emirates XRG", 2025, None, "wikidata"),
    ]
    assert names[0] == ("Lampre-Farnese", 2010, 2010, "dataset")
    assert query(db, "SELECT count(*) FROM team_season WHERE team_id = ?", team[0]) == [(7,)]


def test_a_team_the_registry_lacked_is_added_and_ends(imported: tuple[Path, Any]) -> None:
    db, _ = imported
    (team,) = query(
        db, "SELECT key, source, country, dissolved FROM team WHERE wikidata_id = ?", w.NEW_TEAM
    )
    assert team == ("brand-new-cycling", "wikidata", "BEL", 2024)
    assert query(
        db,
        "SELECT name, first_season, last_season FROM team_name n JOIN team t ON t.id = n.team_id"
        " WHERE t.wikidata_id = ?",
        w.NEW_TEAM,
    ) == [("Brand New Cycling", 2023, 2024)]


def test_a_mid_season_move_keeps_both_teams_with_dates(imported: tuple[Path, Any]) -> None:
    db, _ = imported
    rows = memberships(db, "mid-season-mover")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("uae-team-emirates-xrg", 2023, None, "2023-07-31"),
        ("brand-new-cycling", 2023, "2023-08-01", None),
        ("brand-new-cycling", 2024, None, None),
    ]


def test_the_team_boss_is_a_manager_with_staff_seasons(imported: tuple[Path, Any]) -> None:
    db, _ = imported
    assert person(db, "alexandre-vinokourov")[1:4] == ("manager", "KAZ", "1973-09-16")
    rows = memberships(db, "alexandre-vinokourov")
    assert [(r[1], r[2], r[5]) for r in rows] == [
        (2010, "rider", "dataset"),
        (2012, "rider", "dataset"),
        (2013, "manager", "wikidata"),
        (2023, "manager", "wikidata"),
    ]
    aliases = query(
        db,
        "SELECT a.alias, a.source FROM alias a JOIN person p ON p.id = a.person_id"
        " WHERE p.key = 'alexandre-vinokourov'",
    )
    assert aliases == [("Alexander Vinokourov", "wikidata")]  # the fr label is the stored name


def test_birth_date_joins_a_rider_without_a_team_in_common(imported: tuple[Path, Any]) -> None:
    db, _ = imported
    assert person(db, "mark-cavendish")[3:] == ("1985-05-21", "dataset", w.CAVENDISH)
    assert ("astana-qazaqstan", 2023) in [(r[0], r[1]) for r in memberships(db, "mark-cavendish")]


def test_a_moderators_person_is_joined_by_their_story_and_never_overwritten(
    imported: tuple[Path, Any],
) -> None:
    db, _ = imported
    assert person(db, "jarno-widar") == (
        "Jarno Widar", "rider", "BEL", None, "moderator", w.WIDAR
    )  # fmt: skip
    assert [(r[1], r[5]) for r in memberships(db, "jarno-widar")] == [
        (2024, "wikidata"),
        (2025, "wikidata"),
    ]
    assert query(db, "SELECT count(*) FROM claim WHERE person_id ="
                     " (SELECT id FROM person WHERE key = 'jarno-widar')") == [(1,)]  # fmt: skip


def test_an_unsure_namesake_stays_apart_and_is_reported(imported: tuple[Path, Any]) -> None:
    db, result = imported
    keys = [k for (k,) in query(db, "SELECT key FROM person WHERE name = 'Aaron Murray Gate'")]
    assert sorted(keys) == ["aaron-murray-gate", "aaron-murray-gate-q106"]
    (unsure,) = [u for u in result.report.unsure if u.wikidata_id == w.NAMESAKE]
    assert unsure.candidate == "Aaron Murray Gate (aaron-murray-gate)"
    assert query(db, "SELECT wikidata_id, entity, reason FROM registry_review") == [
        (w.NAMESAKE, "person", "same name, no birth date or team in common")
    ]
    assert query(db, "SELECT entity_id IS NOT NULL FROM registry_review") == [(1,)]


def test_people_without_a_registry_team_and_bad_dates_are_reported(
    imported: tuple[Path, Any],
) -> None:
    db, result = imported
    assert query(db, "SELECT count(*) FROM person WHERE wikidata_id = ?", w.NO_TEAMS) == [(0,)]
    problems = dict(result.report.problems)
    assert problems[w.NO_TEAMS] == "no membership in a team of the registry"
    assert "ends before it starts" in problems[w.CONFLICT]
    assert [(r[1], r[3], r[4]) for r in memberships(db, "conflicted-dates")] == [(2021, None, None)]


def test_a_new_rider_is_added_with_wikidata_provenance(imported: tuple[Path, Any]) -> None:
    db, _ = imported
    assert person(db, "jan-christen") == (
        "Jan Christen", "rider", "SUI", "2004-06-26", "wikidata", w.CHRISTEN
    )  # fmt: skip
    assert query(
        db, "SELECT count(*) FROM membership WHERE retrieved_at IS NULL AND source = 'wikidata'"
    ) == [(0,)]


def test_importing_the_same_file_again_changes_nothing(
    imported: tuple[Path, Any], tmp_path: Path
) -> None:
    db, _ = imported
    before = snapshot(db)
    again = import_wikidata_file(db, write(tmp_path / "again.json", w.everything()), this_year=2025)
    assert not again.report.changed, again.report.lines()
    assert snapshot(db) == before
    assert check_database(db) == []


def test_a_dry_run_reports_and_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    before = snapshot(db_path)
    result = import_wikidata_file(
        db_path, write(tmp_path / "w.json", w.everything()), this_year=2025, dry_run=True
    )
    assert result.report.added["people"] >= 3
    assert snapshot(db_path) == before


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, None])
def test_compressed_dumps_are_read_like_plain_ones(
    db_path: Path, tmp_path: Path, compress: Any
) -> None:
    blob = e.dump_lines(w.everything())
    path = tmp_path / "dump.json"
    path.write_bytes(compress(blob) if compress else blob)
    assert is_wikidata_file(path)
    result = import_wikidata_file(db_path, path, this_year=2025)
    assert result.entities == len(w.everything())
    assert person(db_path, "jan-christen")[4] == "wikidata"


def test_mercato_files_are_not_taken_for_wikidata(tmp_path: Path) -> None:
    from tests.conftest import DATA_DIR

    assert not is_wikidata_file(DATA_DIR / "registry.json")
    assert not is_wikidata_file(DATA_DIR / "seed" / "cavendish-astana-2023.json")
    one_line = tmp_path / "one.json"
    one_line.write_text('{"format": "mercato/1", "people": []}')
    assert not is_wikidata_file(one_line)


def test_a_cut_gzip_dump_imports_the_entities_before_the_cut(db_path: Path, tmp_path: Path) -> None:
    blob = gzip.compress(e.dump_lines(w.everything()))
    path = tmp_path / "cut.json.gz"
    path.write_bytes(blob[: len(blob) * 3 // 4])
    result = import_wikidata_file(db_path, path, this_year=2025)
    assert 0 < result.entities < len(w.everything())
    assert (str(path), "the file ends early (EOFError)") in result.problems.items


async def test_a_person_a_moderator_creates_is_a_moderators_fact(services: Any) -> None:
    from bot.domain.models import Actor
    from bot.services.news import CreatePerson

    owner = Actor(1000, "owner", None, is_owner=True)
    request = CreatePerson("Brandnew Ridername", "rider", "BEL")
    created = (await services.news.create_person(request, owner)).person
    row = await services.db.fetchone("SELECT source FROM person WHERE id = ?", (created.id,))
    assert row is not None and row[0] == "moderator"
