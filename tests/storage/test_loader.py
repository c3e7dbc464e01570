from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.storage.check import check_database
from bot.storage.db import Database
from bot.storage.loader import (
    DataFormatError,
    export_data,
    import_data,
    load_bundled,
)
from tests.conftest import DATA_DIR


def fresh(path: Path) -> Path:
    async def make() -> None:
        await (await Database.open(path)).close()

    asyncio.run(make())
    return path


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("team", "team_name", "person", "alias", "membership", "report", "claim",
                      "claim_source", "claim_link")
        }  # fmt: skip
    finally:
        conn.close()


def test_bundled_data_loads_once_and_adds_nothing_twice(tmp_path: Path) -> None:
    path = fresh(tmp_path / "b.sqlite3")
    first = load_bundled(path, DATA_DIR)
    assert "seed/cavendish-astana-2023.json" in first
    before = counts(path)
    assert load_bundled(path, DATA_DIR) == []
    assert counts(path) == before
    assert before["claim"] >= 6 and before["person"] > 1000
    assert check_database(path) == []


def test_reimporting_a_changed_file_merges_instead_of_duplicating(
    tmp_path: Path, bundled_db: Path
) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(bundled_db.read_bytes())
    before = counts(path)
    seed = json.loads((DATA_DIR / "seed" / "cavendish-astana-2023.json").read_text())
    report = import_data(path, seed, name="again")
    assert counts(path) == before
    assert report.added == {}
    assert report.merged["claims"] == len(seed["claims"])


def test_export_then_import_into_empty_database_round_trips(
    tmp_path: Path, bundled_db: Path
) -> None:
    exported = export_data(bundled_db)
    target = fresh(tmp_path / "round.sqlite3")
    report = import_data(target, exported)
    assert report.rejected == []
    assert counts(target) == counts(bundled_db)
    again = export_data(target)
    assert again == exported
    assert check_database(target) == []


def _doc(**sections: Any) -> dict[str, Any]:
    return {"format": "mercato/1", **sections}


def test_rejected_entries_come_with_reasons_and_the_rest_is_stored(tmp_path: Path) -> None:
    path = fresh(tmp_path / "r.sqlite3")
    doc = _doc(
        teams=[{"key": "t1", "names": [{"name": "Team One", "from": 2020, "to": None}]},
               {"key": "Bad Key", "names": [{"name": "X", "from": 2020, "to": None}]}],
        people=[{"key": "p1", "name": "Rider One", "role": "rider"},
                {"key": "p2", "name": "Rider Two", "role": "wizard"},
                {"key": "p3", "name": "Rider Three", "nationality": "gb"}],
        reports=[{"key": "r1", "outlet": "X", "url": "javascript:alert(1)", "published": "2024-01-01", "summary": "s"},
                 {"key": "r2", "outlet": "X", "url": "https://example.com/a", "published": "2024-01-01", "summary": "s"}],
        claims=[{"key": "c1", "person": "p1", "kind": "transfer", "to_team": "t1", "season": 2025,
                 "sources": [{"report": "r2", "role": "broke", "status": "rumour"}]},
                {"key": "c2", "person": "nobody", "kind": "transfer"},
                {"key": "c3", "person": "p1", "kind": "teleport"}],
    )  # fmt: skip
    report = import_data(path, doc)
    reasons = {(s, k): why for s, k, why in report.rejected}
    assert set(reasons) == {
        ("teams", "Bad Key"), ("people", "p2"), ("people", "p3"), ("reports", "r1"),
        ("claims", "c2"), ("claims", "c3"),
    }  # fmt: skip
    assert "role" in reasons[("people", "p2")]
    assert "url" in reasons[("reports", "r1")]
    assert "unknown person" in reasons[("claims", "c2")]
    assert report.added == {"teams": 1, "people": 1, "reports": 1, "claims": 1}
    assert check_database(path) == []


def test_not_a_mercato_document_is_refused_whole(tmp_path: Path) -> None:
    path = fresh(tmp_path / "n.sqlite3")
    with pytest.raises(DataFormatError):
        import_data(path, {"teams": []})
    assert counts(path)["team"] == 0


def test_source_statuses_decide_the_claim_status(tmp_path: Path) -> None:
    path = fresh(tmp_path / "s.sqlite3")
    doc = _doc(
        teams=[{"key": "t1", "names": [{"name": "Team One", "from": 2020, "to": None}]}],
        people=[{"key": "p1", "name": "Rider One"}],
        reports=[{"key": f"r{i}", "outlet": "X", "url": f"https://example.com/{i}",
                  "published": f"2024-01-0{i}", "summary": "s"} for i in (1, 2, 3)],
        claims=[{"key": "c1", "person": "p1", "kind": "transfer", "to_team": "t1", "season": 2025,
                 "sources": [{"report": "r1", "role": "broke", "status": "rumour"},
                             {"report": "r2", "role": "confirmed", "status": "confirmed"},
                             {"report": "r3", "role": "denial", "status": "denied"}]}],
    )  # fmt: skip
    import_data(path, doc)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT status FROM claim").fetchone()[0] == "denied"
    conn.close()
