"""`python -m bot import` of a Wikidata dump and `python -m bot sync wikidata`, as run by users."""

from __future__ import annotations

import asyncio
import gzip
import os
import sqlite3
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import ROOT, copy_db
from tests.wikidata_double import entities as e
from tests.wikidata_double import world as w
from tests.wikidata_double.server import WikidataDouble


@pytest.fixture
async def double() -> AsyncIterator[WikidataDouble]:
    d = WikidataDouble()
    d.load(w.everything())
    await d.start()
    yield d
    await d.stop()


def endpoints(double: WikidataDouble) -> dict[str, str]:
    return {
        "WIKIDATA_SPARQL_URL": double.sparql_url,
        "WIKIDATA_API_URL": double.api_url,
        "WIKIDATA_CONTACT": "tests@example.org",
    }


def people(db: Path) -> list[tuple[str, str | None, str]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute("SELECT key, wikidata_id, source FROM person"))
    finally:
        conn.close()


def test_import_takes_a_gzipped_wikidata_dump(db_path: Path, tmp_path: Path) -> None:
    dump = tmp_path / "cycling-entities.json.gz"
    dump.write_bytes(gzip.compress(e.dump_lines(w.everything())))
    out = run(["import", str(dump)], db_path)
    assert out.returncode == 0, out.stderr
    assert f"read {len(w.everything())} entities from cycling-entities.json.gz" in out.stdout
    assert "unsure matches kept apart: 1" in out.stdout
    assert ("jan-christen", w.CHRISTEN, "wikidata") in people(db_path)
    again = run(["import", str(dump)], db_path)
    assert "added: nothing" in again.stdout and "updated: nothing" in again.stdout


def test_a_truncated_dump_imports_what_it_can_and_says_so(db_path: Path, tmp_path: Path) -> None:
    dump = tmp_path / "cut.json"
    dump.write_bytes(e.dump_lines(w.everything())[:-400])
    out = run(["import", str(dump)], db_path)
    assert out.returncode == 0, out.stderr
    assert "not valid JSON" in out.stdout


def test_sync_needs_a_contact_for_the_user_agent(db_path: Path) -> None:
    out = run(["sync", "wikidata"], db_path, WIKIDATA_CONTACT="")
    assert out.returncode == 2
    assert out.stderr.startswith("configuration error: WIKIDATA_CONTACT")


async def test_sync_dry_run_then_sync_then_nothing_left_to_do(
    db_path: Path, double: WikidataDouble
) -> None:
    before = people(db_path)
    dry = await asyncio.to_thread(
        run, ["sync", "wikidata", "--dry-run"], db_path, **endpoints(double)
    )
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("dry run, nothing written")
    assert people(db_path) == before
    real = await asyncio.to_thread(run, ["sync", "wikidata"], db_path, **endpoints(double))
    assert real.returncode == 0, real.stderr
    assert real.stdout.startswith("sync finished;")
    assert ("jan-christen", w.CHRISTEN, "wikidata") in people(db_path)
    again = await asyncio.to_thread(run, ["sync", "wikidata"], db_path, **endpoints(double))
    assert "added: nothing" in again.stdout and "removed: nothing" in again.stdout


async def test_a_sync_killed_halfway_continues_on_the_next_run(
    db_path: Path, tmp_path: Path, double: WikidataDouble
) -> None:
    whole = copy_db(db_path, tmp_path / "whole.sqlite3")
    done = await asyncio.to_thread(run, ["sync", "wikidata"], whole, **endpoints(double))
    assert done.returncode == 0, done.stderr
    double.seen.clear()
    double.hold_api_after = 2  # the teams and seasons, then the first people batch is held
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_"))}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "sync", "wikidata",
        cwd=db_path.parent,
        env={**env, "DATABASE_PATH": str(db_path), "PYTHONPATH": str(ROOT), **endpoints(double)},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    await asyncio.wait_for(double.held.wait(), timeout=60)
    proc.kill()  # SIGKILL: no cleanup of any kind
    await proc.wait()
    double.hold_api_after = None
    double.gate.set()
    double.seen.clear()
    resumed = await asyncio.to_thread(run, ["sync", "wikidata"], db_path, **endpoints(double))
    assert resumed.returncode == 0, resumed.stderr
    assert "(resumed an interrupted sync)" in resumed.stdout
    assert double.requests("sparql") == []  # the seasons and people were listed before the kill
    assert people(db_path) == people(whole)


def test_a_damaged_gzip_file_is_a_clear_import_error(db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate")
    before = people(db_path)
    out = run(["import", str(bad)], db_path)
    assert out.returncode == 2
    assert out.stderr.startswith("import error:") and "cannot be decompressed" in out.stderr
    assert people(db_path) == before


def test_sync_refuses_a_season_outside_the_calendar(db_path: Path) -> None:
    out = run(["sync", "wikidata", "--since", "1066"], db_path, WIKIDATA_CONTACT="x@example.org")
    assert out.returncode == 2
    assert "--since: must be a season between 1900 and 2100" in out.stderr


def test_the_progress_bar_draws_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from bot.__main__ import _bar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    _bar("people", 50, 200)
    _bar("people", 200, 200)
    assert screen.getvalue() == (
        "\rpeople             [#######-----------------------] 50/200"
        "\rpeople             [##############################] 200/200\n"
    )
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    _bar("people", 50, 200)
    assert piped.getvalue() == ""
