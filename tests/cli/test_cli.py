"""`python -m bot` as a user runs it: real processes, real database files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

TOKEN = "MTAxMjM0NTY3ODkwMTIzNDU2Nzg5.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB"


def run(
    args: list[str], db: Path, *, cwd: Path | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_", "LOG_"))
    }
    clean.update({"DATABASE_PATH": str(db), **env})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd or db.parent,  # no .env there: only what the test sets
        env={**clean, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_console_help_lists_the_commands(db_path: Path) -> None:
    out = run(["console", "/help"], db_path)
    assert out.returncode == 0, out.stderr
    for command in ("/transfer", "/team", "/addnews", "/retractnews", "/history", "/help"):
        assert command in out.stdout
    assert out.stderr == ""


def test_console_one_shot_answers_the_seed_story(db_path: Path) -> None:
    out = run(["console", "/transfer cav"], db_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Mark Cavendish\n")
    assert "official since 4 October 2023" in out.stdout


def test_console_ambiguous_name_prints_a_numbered_list(db_path: Path) -> None:
    out = run(["console", "/transfer yates"], db_path)
    assert "1. Adam Yates" in out.stdout or "1. Simon Yates" in out.stdout
    assert "2. " in out.stdout


def test_console_error_exits_non_zero(db_path: Path) -> None:
    out = run(["console", "/transfer zzqqxx"], db_path)
    assert out.returncode == 1
    assert "No rider, staff member or team matches" in out.stdout


def test_first_start_builds_database_and_db_check_passes(tmp_path: Path) -> None:
    db = tmp_path / "var" / "fresh.sqlite3"
    first = run(["console", "/help"], db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    check = run(["db", "check"], db, cwd=tmp_path)
    assert check.returncode == 0, check.stdout
    assert check.stdout.strip() == "ok"


def test_invalid_setting_is_one_line_and_exit_2(db_path: Path) -> None:
    out = run(["console", "/help"], db_path, LOG_LEVEL="LOUD")
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "configuration error: LOG_LEVEL: must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, got 'LOUD'"
    ]


def test_run_without_token_names_the_setting(db_path: Path) -> None:
    out = run(["run"], db_path)
    assert out.returncode == 2
    assert "DISCORD_TOKEN" in out.stderr and "Traceback" not in out.stderr


def test_newer_schema_is_refused_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    out = run(["console", "/help"], db)
    assert out.returncode == 3
    assert len(out.stderr.strip().splitlines()) == 1
    assert "newer than this Mercato" in out.stderr


@pytest.mark.parametrize("content", [b"garbage" * 500, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_corrupt_database_is_refused_in_one_line(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "corrupt.sqlite3"
    db.write_bytes(content)
    out = run(["db", "check"], db)
    assert out.returncode == 3, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_unwritable_database_location_is_refused_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = run(["console", "/help"], blocker / "sub" / "db.sqlite3", cwd=tmp_path)
    assert out.returncode == 3
    assert "Traceback" not in out.stderr


def test_export_then_import_round_trips_through_the_cli(db_path: Path, tmp_path: Path) -> None:
    exported = tmp_path / "export.json"
    assert run(["export", str(exported)], db_path).returncode == 0
    data = json.loads(exported.read_text())
    assert data["format"] == "mercato/1" and len(data["claims"]) >= 6
    empty = tmp_path / "db.sqlite3"
    # An empty database: migrate only, then import (the bundled data is not loaded by `db migrate`).
    assert run(["db", "migrate"], empty).returncode == 0
    out = run(["import", str(exported)], empty)
    assert out.returncode == 0, out.stderr
    assert "rejected: 0" in out.stdout
    again = tmp_path / "again.json"
    run(["export", str(again)], empty)
    assert json.loads(again.read_text()) == data


def test_import_of_a_broken_file_is_one_line(db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    out = run(["import", str(bad)], db_path)
    assert out.returncode == 2
    assert out.stderr.startswith("import error:") and "Traceback" not in out.stderr


def test_backup_is_a_consistent_copy(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "backup.sqlite3"
    out = run(["db", "backup", str(target)], db_path)
    assert out.returncode == 0, out.stderr
    assert run(["db", "check"], target, cwd=tmp_path).stdout.strip() == "ok"


def test_token_never_reaches_any_output(db_path: Path) -> None:
    out = run(
        ["console", "/help", "/transfer cav"], db_path, DISCORD_TOKEN=TOKEN, LOG_LEVEL="DEBUG"
    )
    assert TOKEN not in out.stdout + out.stderr


def test_start_without_token_opens_the_console_and_says_how_to_connect(db_path: Path) -> None:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_", "LOG_"))
    }
    out = subprocess.run(
        [sys.executable, "-m", "bot", "start"],
        cwd=db_path.parent,
        env={
            **clean,
            "DATABASE_PATH": str(db_path),
            "PYTHONPATH": str(ROOT),
            "HOME": str(db_path.parent),
        },
        input="/transfer morkov\n/exit\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert (
        lines[0]
        == "No DISCORD_TOKEN in .env: running the console. Add a token to .env to connect to Discord."
    )
    assert (
        "Michael Mørkøv moves from Soudal Quick-Step to Astana Qazaqstan Team for 2024"
        in out.stdout
    )
    assert out.stderr == ""  # start-up chatter stays out of the console
