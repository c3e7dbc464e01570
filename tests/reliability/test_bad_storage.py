"""Bad storage: one clear line and a non-zero exit, never a traceback; backups while writing.

Complements tests/cli/test_cli.py (missing token, newer schema, garbage file, unwritable folder).
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_db
from tests.reliability.crash import bot_cli, db_check, env_for


def one_line_error(out: subprocess.CompletedProcess[str], code: int, prefix: str) -> str:
    assert out.returncode == code, (out.returncode, out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(prefix), out.stderr
    return lines[0]


def test_a_directory_as_database_path_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "db.sqlite3"
    folder.mkdir()
    for args in (["console", "/help"], ["db", "check"], ["db", "migrate"]):
        one_line_error(bot_cli(args, folder), 3, "storage error:")


def test_a_database_damaged_in_the_middle_is_reported_not_crashed_on(
    bundled_db: Path, tmp_path: Path
) -> None:
    db = copy_db(bundled_db, tmp_path / "damaged.sqlite3")
    raw = bytearray(db.read_bytes())
    page = 4096
    middle = len(raw) // 2 // page * page
    raw[middle : middle + 8 * page] = b"\xa5" * (8 * page)
    db.write_bytes(bytes(raw))
    check = bot_cli(["db", "check"], db)
    assert check.returncode in (1, 3) and "Traceback" not in check.stderr, check.stderr
    if check.returncode == 1:
        assert check.stdout.strip().splitlines()[-1].endswith("problem(s)")
    else:
        one_line_error(check, 3, "storage error:")
    run = bot_cli(["console", "/transfer cav"], db)
    assert "Traceback" not in run.stderr, run.stderr


@pytest.mark.parametrize("args", [["db", "check"], ["import", "x.json"], ["export", "x.json"]])
def test_newer_schema_is_refused_by_every_storage_command(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    (tmp_path / "x.json").write_text('{"format": "mercato/1"}')
    line = one_line_error(bot_cli(args, db), 3, "storage error:")
    assert "newer than this Mercato" in line


def test_backup_while_a_writer_commits_is_a_consistent_copy(
    bundled_db: Path, tmp_path: Path
) -> None:
    db = copy_db(bundled_db, tmp_path / "mercato.sqlite3")
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.writer", str(db), "backup", "4", "4242"],
        cwd=ROOT,
        env=env_for(db),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert writer.stdout is not None
        before = [writer.stdout.readline().split() for _ in range(20)]  # writes are flowing
        target = tmp_path / "backup" / "copy.sqlite3"
        out = bot_cli(["db", "backup", str(target)], db)
        assert out.returncode == 0, out.stderr
        writer.stdout.readline()  # and still flowing after the copy
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    db_check(target)
    conn = sqlite3.connect(target)
    try:
        urls = {r[0] for r in conn.execute("SELECT url FROM report WHERE guild_id = 4242")}
    finally:
        conn.close()
    assert {url for _, url in before} <= urls
    # A second backup to the same file is refused rather than overwriting it.
    one_line_error(bot_cli(["db", "backup", str(target)], db), 3, "storage error:")
