from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.storage.check import check_database
from bot.storage.db import Database
from bot.storage.document import DataFormatError
from bot.storage.export import export_data
from bot.storage.loader import import_data, load_bundled
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


# -- the import's shortcuts must not change what it stores ----------------------------------
_URLS = [
    "https://www.cyclingweekly.com/racing/mark-cavendish-coach",
    "HTTPS://WWW.CyclingWeekly.COM/racing/mark-cavendish-coach",
    "https://www.cyclingweekly.com:443/racing/mark-cavendish-coach",
    "http://www.cyclingweekly.com:80/racing/mark-cavendish-coach",
    "https://example.com:8443/a",
    "https://www.cyclingweekly.com/racing/mark-cavendish-coach/",
    "https://www.cyclingweekly.com/racing/mark-cavendish-coach/amp",
    "https://www.cyclingweekly.com/amp/racing/mark-cavendish-coach",
    "https://example.com/a.amp.html",
    "https://example.com/a.amp",
    "https://example.com/amp",
    "https://example.com/racing/./x/../y",
    "https://example.com/a//b",
    "https://www-cyclingweekly-com.cdn.ampproject.org/c/s/www.cyclingweekly.com/racing/x",
    "https://www-cyclingweekly-com.cdn.ampproject.org/v/www.cyclingweekly.com/racing/x",
    "https://x.cdn.ampproject.org/c/s/y.cdn.ampproject.org/c/s/z.com/a",
    "https://bücher.example/x",
    "https://www.léquipe.com/news/p-1-transfer-2",
    "https://www.www.example.com/x",
    "https://example.com./x",
    "https://8.8.8.8/x",
    "https://134744072/x",
    "https://[2606:4700:0:0::1]/x",
    "https://www.com/x",
    "https://example.com",
    "https://example.com/s?b=2&a=1",
    "https://example.com/s#frag",
    "https://example.com/caf%c3%a9",
    "https://example.com/café",
    "http://127.0.0.1/x",
    "http://localhost/x",
    "http://intranet/x",
    "http://user@example.com/x",
    "http://example.com:99999/x",
    "http://exa_mple.com/x",
    "http://ex\u200bample.com/x",
    "javascript:alert(1)",
    "ftp://example.com/x",
    " https://example.com/x",
    "https://example.com/" + "a" * 2000,
    42,
]


def _slow_key(url: Any) -> str:
    from bot.domain.urls import normalise_url, url_key

    return url_key(normalise_url(url))


def _same_key(keys: Any, url: Any) -> None:
    try:
        expected: str | None = _slow_key(url)
    except ValueError as exc:
        with pytest.raises(ValueError) as got:
            keys(url)
        assert str(got.value) == str(exc)
        return
    assert keys(url) == expected


@pytest.mark.parametrize("url", _URLS)
def test_import_url_keys_equal_normalising_twice(url: Any) -> None:
    from bot.storage.loader import _UrlKeys

    keys = _UrlKeys()
    _same_key(keys, url)
    _same_key(keys, url)  # second time from the memoised host


@given(
    scheme=st.sampled_from(["http", "https", "HTTP"]),
    host=st.sampled_from(["www.example.com", "Example.COM", "www.www.x.org", "bücher.example",
                          "x.cdn.ampproject.org", "example.com:443", "example.com:80", "1.2.3.4",
                          "10.0.0.1", "example.com.", "ex%41mple.com", "[::1]", "a..b"]),
    path=st.text(alphabet="/.-_~aAmp%?#h1 é", max_size=30),
)  # fmt: skip
@settings(max_examples=400, deadline=None)
def test_import_url_keys_property(scheme: str, host: str, path: str) -> None:
    from bot.storage.loader import _UrlKeys

    _same_key(_UrlKeys(), f"{scheme}://{host}{path}")


def test_the_rules_the_importer_applies_are_the_schemas(tmp_path: Path) -> None:
    """The importer rejects an entry for what a CHECK would refuse, with the reason: its sets
    (bot.domain.rules) must be the schema's, or one bad entry would fail a whole import."""
    import re

    from bot.domain import rules

    conn = sqlite3.connect(fresh(tmp_path / "k.sqlite3"))
    schema = {
        name: sql
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'")
    }
    conn.close()

    def listed(table: str, column: str) -> set[str]:
        m = re.search(rf"\b{column}\s+TEXT NOT NULL(?: DEFAULT '\w+')? CHECK \({column} IN \(([^)]*)\)\)",
                      schema[table])  # fmt: skip
        assert m, (table, column)
        return set(re.findall(r"'([^']*)'", m.group(1)))

    assert listed("claim", "kind") == rules.CLAIM_KINDS
    assert listed("claim", "status") == rules.SOURCE_STATUSES | {"retracted"}
    assert listed("claim_source", "role") == rules.SOURCE_ROLES
    assert listed("claim_source", "status") == rules.SOURCE_STATUSES
    assert listed("person", "role") == rules.ROLES
    assert listed("alias", "kind") == rules.ALIAS_KINDS


def test_the_import_writes_with_foreign_keys_and_checks_enforced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every row goes through SQLite's own checks: nothing is switched off for speed."""
    import bot.storage.loader as loader

    seen: list[tuple[str, int, int]] = []
    insert = loader._NewRows.insert

    def checked(self: Any, conn: sqlite3.Connection) -> dict[str, int]:
        fk = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        ignored = conn.execute("PRAGMA ignore_check_constraints").fetchone()[0]
        seen.append((self.table, fk, ignored))
        return insert(self, conn)

    monkeypatch.setattr(loader._NewRows, "insert", checked)
    load_bundled(fresh(tmp_path / "fk.sqlite3"), DATA_DIR)
    assert {table for table, _, _ in seen} == {"person", "report", "claim"}
    assert all((fk, ignored) == (1, 0) for _, fk, ignored in seen)


def test_a_present_but_empty_retraction_reason_is_still_refused(tmp_path: Path) -> None:
    path = fresh(tmp_path / "e.sqlite3")
    doc = _doc(
        people=[{"key": "p1", "name": "Rider One"}],
        reports=[{"key": "r1", "outlet": "X", "published": "2024-01-01", "summary": "s"}],
        claims=[{"key": "c1", "person": "p1", "kind": "retirement", "retracted_reason": "",
                 "sources": [{"report": "r1", "role": "broke", "status": "rumour"}]}],
    )  # fmt: skip
    with pytest.raises(sqlite3.IntegrityError):
        import_data(path, doc)
    assert counts(path)["person"] == 0


def test_a_claim_repeated_in_the_file_is_stored_once_with_all_sources(tmp_path: Path) -> None:
    path = fresh(tmp_path / "d.sqlite3")
    doc = _doc(
        teams=[{"key": "t1", "names": [{"name": "Team One", "from": 2020, "to": None}]}],
        people=[{"key": "p1", "name": "Rider One"}, {"key": "p1", "name": "Rider One",
                                                     "nationality": "BEL", "role": "coach"}],
        reports=[{"key": f"r{i}", "outlet": "X", "url": f"https://example.com/{i}",
                  "published": f"2024-01-0{i}", "summary": "s"} for i in (1, 2)],
        claims=[{"key": "c1", "person": "p1", "kind": "transfer", "to_team": "t1", "season": 2025,
                 "sources": [{"report": "r1", "role": "broke", "status": "rumour"}]},
                {"key": "c2", "person": "p1", "kind": "transfer", "to_team": "t1", "season": 2025,
                 "sources": [{"report": "r2", "role": "official", "status": "official"}],
                 "linked": ["c1"]}],
    )  # fmt: skip
    report = import_data(path, doc)
    assert report.added == {"teams": 1, "people": 1, "reports": 2, "claims": 1}
    assert report.merged == {"people": 1, "claims": 1}
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT status FROM claim").fetchall() == [("official",)]
    assert conn.execute("SELECT nationality, role FROM person").fetchall() == [("BEL", "coach")]
    conn.close()
    assert counts(path)["claim_source"] == 2 and counts(path)["claim_link"] == 0
    assert check_database(path) == []


def test_import_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    path = fresh(tmp_path / "g.sqlite3")
    doc = _doc(people=[{"key": "p1", "name": "Rider One"}])
    assert gc.isenabled()
    import_data(path, doc)
    assert gc.isenabled()
    gc.disable()
    try:
        import_data(path, doc)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_rows_added_after_deleting_the_newest_ones_refer_to_each_other(tmp_path: Path) -> None:
    """The loader knows new rows' ids before inserting them: the table's largest id plus one."""
    path = fresh(tmp_path / "i.sqlite3")
    people = [{"key": f"p{i}", "name": f"Rider {i}"} for i in (1, 2, 3)]
    reports = [
        {
            "key": f"r{i}",
            "outlet": "X",
            "url": f"https://example.com/{i}",
            "published": "2024-01-01",
            "summary": "s",
        }
        for i in (1, 2, 3)
    ]
    claims = [{"key": f"c{i}", "person": f"p{i}", "kind": "retirement",
               "sources": [{"report": f"r{i}", "role": "broke", "status": "rumour"}]}
              for i in (1, 2, 3)]  # fmt: skip
    import_data(path, _doc(people=people[:2], reports=reports[:2], claims=claims[:2]))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        conn.execute("DELETE FROM claim WHERE key = 'c2'")
        conn.execute("DELETE FROM report WHERE key = 'r2'")
        conn.execute("DELETE FROM person WHERE key = 'p2'")
    conn.close()
    report = import_data(path, _doc(people=people, reports=reports, claims=claims))
    assert report.added == {"people": 2, "reports": 2, "claims": 2}
    conn = sqlite3.connect(path)
    pairs = conn.execute(
        "SELECT c.key, p.key, r.key FROM claim c JOIN person p ON p.id = c.person_id"
        " JOIN claim_source cs ON cs.claim_id = c.id JOIN report r ON r.id = cs.report_id"
        " ORDER BY c.key"
    ).fetchall()
    conn.close()
    assert pairs == [("c1", "p1", "r1"), ("c2", "p2", "r2"), ("c3", "p3", "r3")]
    assert check_database(path) == []


_GOOD_CLAIM: dict[str, Any] = {
    "person": "p1", "kind": "transfer", "from_team": "t1", "to_team": "t1", "season": 2025,
    "contract_end": 2027, "summary": "s",
    "sources": [{"report": "r1", "role": "broke", "status": "rumour"}],
}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"person": "nobody"}, "unknown person 'nobody'"),
        ({"person": None, "kind": "teleport"}, "unknown person None"),
        ({"kind": "teleport"}, "unknown kind 'teleport'"),
        ({"from_team": "t9"}, "unknown from_team 't9'"),
        ({"from_team": "t9", "to_team": "t8"}, "unknown from_team 't9'"),
        ({"to_team": "t9"}, "unknown to_team 't9'"),
        ({"season": 1800}, "season and contract_end must be years 1900-2100"),
        ({"season": "2025"}, "season and contract_end must be years 1900-2100"),
        ({"season": True}, "season and contract_end must be years 1900-2100"),
        ({"contract_end": 2200}, "season and contract_end must be years 1900-2100"),
        ({"summary": " "}, "summary must be 1-300 characters"),
        ({"summary": "x" * 301}, "summary must be 1-300 characters"),
        ({"sources": [{"report": "r9", "role": "x", "status": "x"}]}, "unknown report 'r9'"),
        ({"sources": [{"report": "r1", "role": "x", "status": "x"}]}, "unknown source role 'x'"),
        ({"sources": [{"report": "r1", "role": "broke", "status": "retracted"}]},
         "invalid source status 'retracted'"),
        ({"sources": [{"report": "r1", "role": "broke", "status": "rumour"},
                      {"report": "r1", "role": "broke"}]}, "invalid source status None"),
    ],
)  # fmt: skip
def test_each_bad_claim_is_rejected_with_its_first_problem(
    tmp_path: Path, change: dict[str, Any], reason: str
) -> None:
    path = fresh(tmp_path / "b.sqlite3")
    doc = _doc(
        teams=[{"key": "t1", "names": [{"name": "Team One", "from": 2020, "to": None}]}],
        people=[{"key": "p1", "name": "Rider One"}],
        reports=[{"key": "r1", "outlet": "X", "published": "2024-01-01", "summary": "s"}],
        claims=[{"key": "good", **_GOOD_CLAIM}, {"key": "bad", **_GOOD_CLAIM, **change}],
    )
    report = import_data(path, doc)
    assert report.rejected == [("claims", "bad", reason)]
    assert report.added["claims"] == 1


@pytest.mark.parametrize(
    "raw",
    [
        b'{"format": "mercato/1", "claims": [{"season": 2025, "x": [1.5, -0.0, 5e-324]}]}',
        b'{"a": 1, "a": 2}',
        b"[18446744073709551615, 9223372036854775807, -9223372036854775808]",
        b"[18446744073709551616, -9223372036854775809, 123456789012345678901234567890]",
        b'{"key": "p-1234567890123456789"}',
        b'[NaN, Infinity, 1e400]',
        b'"\\ud800 lone surrogate"',
        b'"\\ud83d\\ude00 pair"',
        b"\xef\xbb\xbf{}",
        b"[1,]",
        b'{"a": "\xff"}',
        b" \r\n[1] \r\n",
    ],
)  # fmt: skip
def test_parse_json_reads_what_json_loads_reads(raw: bytes) -> None:
    from bot.storage.document import parse_json

    try:
        expected = ascii(json.loads(raw))
    except ValueError as exc:
        with pytest.raises(type(exc)) as got:
            parse_json(raw)
        assert str(got.value) == str(exc)
        return
    assert ascii(parse_json(raw)) == expected


@pytest.mark.parametrize(
    "raw",
    [b'{"format": "mercato/1",\r\n "teams": [}\r\n', b'\r\n{"format": "\xff"}', b"\xef\xbb\xbf{}"],
)
def test_a_file_that_is_not_json_is_refused_with_the_same_words_as_before(
    tmp_path: Path, raw: bytes
) -> None:
    from bot.storage.document import read_document

    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        expected = f"{path} is not valid JSON: {exc}"
    with pytest.raises(DataFormatError) as got:
        read_document(path)
    assert str(got.value) == expected


def test_an_index_build_failing_on_the_helper_thread_fails_the_whole_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.storage.loader as loader

    path = fresh(tmp_path / "h.sqlite3")
    built: list[str] = []

    def recreate(conn: sqlite3.Connection, indexes: list[str]) -> None:
        built.extend(indexes)
        if any("report_url" in sql for sql in indexes):
            raise sqlite3.IntegrityError("UNIQUE constraint failed: report.url_key")
        for sql in indexes:
            conn.execute(sql)

    monkeypatch.setattr(loader, "_recreate", recreate)
    # enough reports for the loader to drop the report indexes and rebuild them after
    reports = [{"key": f"r{i}", "outlet": "X", "url": f"https://example.com/{i}",
                "published": "2024-01-01", "summary": "s"} for i in range(20_000)]  # fmt: skip
    doc = _doc(people=[{"key": "p1", "name": "Rider One"}], reports=reports)
    with pytest.raises(sqlite3.IntegrityError):
        import_data(path, doc)
    assert any("report_url" in sql for sql in built)
    assert counts(path)["report"] == 0 and counts(path)["person"] == 0
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    conn.close()
    assert "report_url" in names
    assert check_database(path) == []
