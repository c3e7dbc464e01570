"""scripts/refresh_wikidata.py against the double: a snapshot the bot loads on first start."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage.db import Database
from bot.storage.loader import load_bundled
from tests.cli.test_wikidata_cli import endpoints
from tests.conftest import DATA_DIR, ROOT
from tests.wikidata_double import entities as e
from tests.wikidata_double import world as w
from tests.wikidata_double.server import WikidataDouble


@pytest.fixture
async def double() -> AsyncIterator[WikidataDouble]:
    d = WikidataDouble()
    d.load(w.everything())
    pogacar = d.entities[w.POGACAR]
    pogacar["claims"]["P18"] = [
        e.statement(w.POGACAR, e.string_snak("P18", "Pogi.jpg", "commonsMedia"))
    ]
    pogacar["claims"]["P1344"] = [e.statement(w.POGACAR, e.item_snak("P1344", "Q123456"))]
    await d.start()
    yield d
    await d.stop()


def refresh(
    double: WikidataDouble, out: Path, attribution: Path
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIKIDATA_")}
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "refresh_wikidata.py"), "--out", str(out),
         "--attribution", str(attribution)],
        cwd=out.parent.parent,  # no .env there
        env={**env, **endpoints(double)},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


async def test_a_refreshed_snapshot_is_trimmed_attributed_and_loaded_on_first_start(
    double: WikidataDouble, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("wikidata"))
    out = data / "wikidata" / "registry.json.gz"
    done = await asyncio.to_thread(refresh, double, out, data / "ATTRIBUTION.md")
    assert done.returncode == 0, done.stderr
    lines = gzip.decompress(out.read_bytes()).decode().splitlines()
    assert lines[0] == "[" and lines[-1] == "]"
    entities = [json.loads(line.rstrip(",")) for line in lines[1:-1]]
    ids = {x["id"] for x in entities}
    assert {w.POGACAR, w.CHRISTEN, w.UAE, w.uae_season(2025), w.TEAM_MANAGER} <= ids
    pogacar = next(x for x in entities if x["id"] == w.POGACAR)
    assert "P18" not in pogacar["claims"] and "P1344" not in pogacar["claims"]
    assert "sitelinks" not in pogacar and "descriptions" not in pogacar
    notice = (data / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "12 team seasons of 3 teams" in notice and "CC0 1.0" in notice
    assert "No Wikidata snapshot is bundled yet" not in notice
    first = out.read_bytes()
    again = await asyncio.to_thread(refresh, double, out, data / "ATTRIBUTION.md")
    assert again.returncode == 0 and out.read_bytes() == first  # same data, same bytes

    db = tmp_path / "first-start.sqlite3"
    await (await Database.open(db)).close()
    loaded = load_bundled(db, data)
    assert loaded[-1] == "wikidata/registry.json.gz"
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT source FROM person WHERE wikidata_id = ?", (w.CHRISTEN,))
        assert row.fetchone() == ("wikidata",)
    finally:
        conn.close()
    assert load_bundled(db, data) == []


def test_the_script_needs_a_contact(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIKIDATA_")}
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "refresh_wikidata.py"), "--out",
         str(tmp_path / "x.json.gz")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert out.returncode == 2 and "WIKIDATA_CONTACT" in out.stderr
