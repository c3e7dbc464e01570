"""Import and export of the `mercato/1` data format (docs/data-format.md).

Bulk work runs on a plain sqlite3 connection in a worker thread: one transaction, key->id maps
held in memory and executemany, because a round trip per row through aiosqlite's thread would
make a million-claim import take minutes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bot.domain.models import ClaimKind, Role, SourceRole, Status
from bot.domain.status import derive_status
from bot.storage.audit import utc_now_iso

log = logging.getLogger(__name__)

FORMAT = "mercato/1"
_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")
_ALIAS_KINDS = {"alias", "nickname", "short", "spelling"}

Progress = Callable[[str, int, int], None]


class DataFormatError(Exception):
    """The file cannot be imported at all (not JSON, wrong format)."""


@dataclass(slots=True)
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    merged: dict[str, int] = field(default_factory=dict)
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (section, key, reason)

    def add(self, section: str) -> None:
        self.added[section] = self.added.get(section, 0) + 1

    def merge(self, section: str) -> None:
        self.merged[section] = self.merged.get(section, 0) + 1

    def reject(self, section: str, key: str, reason: str) -> None:
        self.rejected.append((section, key, reason))

    def as_dict(self) -> dict[str, Any]:
        return {"added": self.added, "merged": self.merged, "rejected": len(self.rejected)}

    def lines(self) -> list[str]:
        out = []
        for label, counts in (("added", self.added), ("merged", self.merged)):
            parts = [f"{n} {section}" for section, n in sorted(counts.items()) if n]
            out.append(f"{label}: {', '.join(parts) or 'nothing'}")
        out.append(f"rejected: {len(self.rejected)}")
        out.extend(f"  {s} {k!r}: {why}" for s, k, why in self.rejected[:50])
        if len(self.rejected) > 50:
            out.append(f"  ... and {len(self.rejected) - 50} more")
        return out


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _season_ok(value: Any) -> bool:
    return value is None or (isinstance(value, int) and 1900 <= value <= 2100)


def _text(value: Any, limit: int) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= limit


class _Loader:
    def __init__(self, conn: sqlite3.Connection, progress: Progress | None) -> None:
        self.conn = conn
        self.progress = progress
        self.report = ImportReport()
        self.team_ids = dict(conn.execute("SELECT key, id FROM team"))
        self.person_ids = dict(conn.execute("SELECT key, id FROM person"))
        self.report_ids = dict(conn.execute("SELECT key, id FROM report WHERE key IS NOT NULL"))
        self.report_urls = dict(
            conn.execute(
                "SELECT url_key, id FROM report WHERE url_key IS NOT NULL AND guild_id IS NULL"
            )
        )
        self.claim_ids = dict(conn.execute("SELECT key, id FROM claim WHERE key IS NOT NULL"))

    def _tick(self, section: str, done: int, total: int) -> None:
        if self.progress and (done % 5000 == 0 or done == total):
            self.progress(section, done, total)

    # -- teams ---------------------------------------------------------------------------
    def teams(self, teams: list[dict[str, Any]]) -> None:
        for n, t in enumerate(teams, 1):
            self._tick("teams", n, len(teams))
            key = t.get("key")
            if not isinstance(key, str) or not _KEY_RE.match(key):
                self.report.reject("teams", str(key), "key must be a lowercase slug")
                continue
            names = t.get("names") or []
            bad = next(
                (
                    x
                    for x in names
                    if not _text(x.get("name"), 100)
                    or not _season_ok(x.get("from"))
                    or x.get("from") is None
                    or not _season_ok(x.get("to"))
                ),
                None,
            )
            if bad is not None:
                self.report.reject("teams", key, f"invalid team name entry {bad!r}")
                continue
            team_id = self.team_ids.get(key)
            if team_id is None:
                if not names:
                    self.report.reject("teams", key, "a new team needs at least one name")
                    continue
                team_id = self.conn.execute(
                    "INSERT INTO team (key, country) VALUES (?, ?)", (key, t.get("country"))
                ).lastrowid
                assert team_id is not None
                self.team_ids[key] = team_id
                self.report.add("teams")
            else:
                self.report.merge("teams")
            self.conn.executemany(
                "INSERT OR IGNORE INTO team_name (team_id, name, first_season, last_season)"
                " VALUES (?, ?, ?, ?)",
                [(team_id, x["name"].strip(), x["from"], x.get("to")) for x in names],
            )
            self._aliases("team_id", team_id, t.get("aliases") or [])

    def _aliases(self, column: str, owner: int, aliases: list[dict[str, Any]]) -> None:
        rows = [
            (owner, a["alias"].strip(), a.get("kind", "alias"))
            for a in aliases
            if _text(a.get("alias"), 100) and a.get("kind", "alias") in _ALIAS_KINDS
        ]
        self.conn.executemany(
            f"INSERT OR IGNORE INTO alias ({column}, alias, kind) VALUES (?, ?, ?)", rows
        )

    # -- people --------------------------------------------------------------------------
    def people(self, people: list[dict[str, Any]]) -> None:
        members: list[tuple[int, int, int, str]] = []
        for n, p in enumerate(people, 1):
            self._tick("people", n, len(people))
            key = p.get("key")
            if not isinstance(key, str) or not _KEY_RE.match(key):
                self.report.reject("people", str(key), "key must be a lowercase slug")
                continue
            if not _text(p.get("name"), 100):
                self.report.reject("people", key, "name must be 1-100 characters")
                continue
            role = p.get("role", "rider")
            if role not in Role._value2member_map_:
                self.report.reject("people", key, f"unknown role {role!r}")
                continue
            nat = p.get("nationality")
            if nat is not None and not re.fullmatch(r"[A-Z]{3}", str(nat)):
                self.report.reject("people", key, f"nationality must be a 3-letter code: {nat!r}")
                continue
            birth = p.get("birth_date")
            if birth is not None and not _is_date(birth):
                self.report.reject("people", key, f"birth_date is not a date: {birth!r}")
                continue
            person_id = self.person_ids.get(key)
            if person_id is None:
                person_id = self.conn.execute(
                    "INSERT INTO person (key, name, sort_name, role, nationality, birth_date)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (key, p["name"].strip(), p.get("sort_name"), role, nat, birth),
                ).lastrowid
                assert person_id is not None
                self.person_ids[key] = person_id
                self.report.add("people")
            else:
                # Richer facts win over blanks; an existing value is never overwritten by import.
                self.conn.execute(
                    "UPDATE person SET nationality = coalesce(nationality, ?),"
                    " birth_date = coalesce(birth_date, ?), sort_name = coalesce(sort_name, ?)"
                    " WHERE id = ?",
                    (nat, birth, p.get("sort_name"), person_id),
                )
                if role != "rider":
                    self.conn.execute("UPDATE person SET role = ? WHERE id = ?", (role, person_id))
                self.report.merge("people")
            self._aliases("person_id", person_id, p.get("aliases") or [])
            for m in p.get("memberships") or []:
                team_id = self.team_ids.get(m.get("team"))
                if team_id is None or not _season_ok(m.get("season")) or m.get("season") is None:
                    self.report.reject("memberships", key, f"unknown team or season in {m!r}")
                    continue
                members.append((person_id, team_id, m["season"], m.get("role") or "rider"))
        self.conn.executemany(
            "INSERT OR IGNORE INTO membership (person_id, team_id, season, role)"
            " VALUES (?, ?, ?, ?)",
            members,
        )

    # -- reports -------------------------------------------------------------------------
    def reports(self, reports: list[dict[str, Any]]) -> None:
        from bot.domain.urls import normalise_url, url_key

        credited: list[tuple[str, str]] = []
        for n, r in enumerate(reports, 1):
            self._tick("reports", n, len(reports))
            key = r.get("key")
            if not isinstance(key, str) or not _KEY_RE.match(key):
                self.report.reject("reports", str(key), "key must be a lowercase slug")
                continue
            if key in self.report_ids:
                self.report.merge("reports")
                continue
            if not _text(r.get("outlet"), 100) or not _text(r.get("summary"), 300):
                self.report.reject("reports", key, "outlet (1-100) and summary (1-300) required")
                continue
            if not _is_date(r.get("published")):
                self.report.reject("reports", key, "published must be YYYY-MM-DD")
                continue
            url = r.get("url")
            ukey = None
            if url is not None:
                try:
                    ukey = url_key(normalise_url(url))
                except ValueError as exc:
                    self.report.reject("reports", key, f"url: {exc}")
                    continue
                if ukey in self.report_urls:
                    self.report_ids[key] = self.report_urls[ukey]
                    self.report.merge("reports")
                    continue
            report_id = self.conn.execute(
                "INSERT INTO report (key, outlet, journalist, url, url_key, published, language,"
                " summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    r["outlet"].strip(),
                    r.get("journalist"),
                    url,
                    ukey,
                    r["published"],
                    r.get("language"),
                    r["summary"].strip(),
                ),
            ).lastrowid
            assert report_id is not None
            self.report_ids[key] = report_id
            if ukey:
                self.report_urls[ukey] = report_id
            if r.get("credited_by"):
                credited.append((key, r["credited_by"]))
            self.report.add("reports")
        for key, by in credited:
            if by in self.report_ids:
                self.conn.execute(
                    "UPDATE report SET credited_by = ? WHERE id = ?",
                    (self.report_ids[by], self.report_ids[key]),
                )

    # -- claims --------------------------------------------------------------------------
    def claims(self, claims: list[dict[str, Any]]) -> None:
        links: list[tuple[str, str]] = []
        touched: set[int] = set()
        source_rows: list[tuple[int, int, str, str]] = []
        for n, c in enumerate(claims, 1):
            self._tick("claims", n, len(claims))
            key = c.get("key")
            if not isinstance(key, str) or not _KEY_RE.match(key):
                self.report.reject("claims", str(key), "key must be a lowercase slug")
                continue
            reason = self._claim_problem(c)
            if reason:
                self.report.reject("claims", key, reason)
                continue
            person_id = self.person_ids[c["person"]]
            from_id = self.team_ids.get(c.get("from_team")) if c.get("from_team") else None
            to_id = self.team_ids.get(c.get("to_team")) if c.get("to_team") else None
            claim_id = self.claim_ids.get(key)
            if claim_id is None:
                row = self.conn.execute(
                    "SELECT id FROM claim WHERE person_id = ? AND kind = ?"
                    " AND coalesce(to_team_id, 0) = ? AND coalesce(season, 0) = ?"
                    " AND guild_id IS NULL",
                    (person_id, c["kind"], to_id or 0, c.get("season") or 0),
                ).fetchone()
                claim_id = row[0] if row else None
            if claim_id is None:
                retracted = c.get("retracted_reason")
                claim_id = self.conn.execute(
                    "INSERT INTO claim (key, person_id, kind, from_team_id, to_team_id, season,"
                    " effective_date, contract_end, status, summary, retracted_reason)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        key,
                        person_id,
                        c["kind"],
                        from_id,
                        to_id,
                        c.get("season"),
                        c.get("effective_date"),
                        c.get("contract_end"),
                        Status.RETRACTED if retracted else Status.RUMOUR,
                        c.get("summary"),
                        retracted,
                    ),
                ).lastrowid
                assert claim_id is not None
                self.report.add("claims")
            else:
                self.report.merge("claims")
            self.claim_ids[key] = claim_id
            touched.add(claim_id)
            for s in c.get("sources") or []:
                source_rows.append((claim_id, self.report_ids[s["report"]], s["role"], s["status"]))
            links.extend((key, other) for other in c.get("linked") or [])
        self.conn.executemany(
            "INSERT OR IGNORE INTO claim_source (claim_id, report_id, role, status)"
            " VALUES (?, ?, ?, ?)",
            source_rows,
        )
        link_rows = []
        for a, b in links:
            if b not in self.claim_ids:
                self.report.reject("claims", a, f"linked claim {b!r} not found")
                continue
            x, y = sorted((self.claim_ids[a], self.claim_ids[b]))
            if x != y:
                link_rows.append((x, y))
        self.conn.executemany(
            "INSERT OR IGNORE INTO claim_link (claim_a, claim_b) VALUES (?, ?)", link_rows
        )
        self._restatus(touched)

    def _claim_problem(self, c: dict[str, Any]) -> str | None:
        if c.get("person") not in self.person_ids:
            return f"unknown person {c.get('person')!r}"
        if c.get("kind") not in ClaimKind._value2member_map_:
            return f"unknown kind {c.get('kind')!r}"
        for side in ("from_team", "to_team"):
            if c.get(side) and c[side] not in self.team_ids:
                return f"unknown {side} {c[side]!r}"
        if not _season_ok(c.get("season")) or not _season_ok(c.get("contract_end")):
            return "season and contract_end must be years 1900-2100"
        if c.get("summary") is not None and not _text(c.get("summary"), 300):
            return "summary must be 1-300 characters"
        for s in c.get("sources") or []:
            if s.get("report") not in self.report_ids:
                return f"unknown report {s.get('report')!r}"
            if s.get("role") not in SourceRole._value2member_map_:
                return f"unknown source role {s.get('role')!r}"
            if s.get("status") not in Status._value2member_map_ or s["status"] == "retracted":
                return f"invalid source status {s.get('status')!r}"
        return None

    def _restatus(self, claim_ids: set[int]) -> None:
        """Recompute the stored status of touched claims from all their sources."""
        ids = sorted(claim_ids)
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            found: dict[int, list[tuple[Status, date]]] = {i: [] for i in chunk}
            for claim_id, status, published in self.conn.execute(
                "SELECT cs.claim_id, cs.status, r.published FROM claim_source cs"
                f" JOIN report r ON r.id = cs.report_id WHERE cs.claim_id IN ({marks})",
                chunk,
            ):
                found[claim_id].append((Status(status), date.fromisoformat(published)))
            retracted = {
                r[0]
                for r in self.conn.execute(
                    f"SELECT id FROM claim WHERE id IN ({marks}) AND retracted_reason IS NOT NULL",
                    chunk,
                )
            }
            self.conn.executemany(
                "UPDATE claim SET status = ? WHERE id = ?",
                [(derive_status(found[i], retracted=i in retracted).value, i) for i in chunk],
            )


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def import_data(
    db_path: Path,
    data: dict[str, Any],
    *,
    name: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Merge one parsed data document into the database in a single transaction."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DataFormatError(f"not a {FORMAT} document (missing or wrong 'format')")
    conn = _connect(db_path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            loader = _Loader(conn, progress)
            loader.teams(data.get("teams") or [])
            loader.people(data.get("people") or [])
            loader.reports(data.get("reports") or [])
            loader.claims(data.get("claims") or [])
            conn.execute(
                "INSERT INTO audit_log (at, actor_id, actor_name, action, entity, new_values)"
                " VALUES (?, NULL, 'system', 'import', 'dataset', ?)",
                (utc_now_iso(), json.dumps({"name": name, **loader.report.as_dict()})),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return loader.report


def read_document(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataFormatError(f"cannot read {path}: {exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFormatError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise DataFormatError(f"{path} is not a {FORMAT} document")
    return data


def bundled_files(data_dir: Path) -> list[Path]:
    """Bundled data in load order: the registry first, then stories that refer to it."""
    files = sorted(data_dir.glob("*.json")) + sorted(data_dir.glob("seed/*.json"))
    return [f for f in files if not f.name.endswith(".schema.json")]


def load_bundled(db_path: Path, data_dir: Path, progress: Progress | None = None) -> list[str]:
    """Load bundled files not loaded before (or changed since); return what was loaded."""
    loaded = []
    conn = _connect(db_path)
    try:
        done = dict(conn.execute("SELECT name, sha256 FROM data_load"))
    finally:
        conn.close()
    for path in bundled_files(data_dir):
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        rel = path.relative_to(data_dir).as_posix()
        if done.get(rel) == digest:
            continue
        report = import_data(db_path, json.loads(raw), name=rel, progress=progress)
        conn = _connect(db_path)
        try:
            conn.execute(
                "INSERT OR REPLACE INTO data_load (name, sha256, loaded_at) VALUES (?, ?, ?)",
                (rel, digest, utc_now_iso()),
            )
        finally:
            conn.close()
        if report.rejected:
            log.warning("bundled %s: %d entries rejected", rel, len(report.rejected))
        loaded.append(rel)
    return loaded


def export_data(db_path: Path) -> dict[str, Any]:
    """Write every global fact in the import format (guild-local facts stay private)."""
    conn = _connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("BEGIN")  # one consistent snapshot for the whole export
        teams = []
        team_key = {}
        names: dict[int, list[dict[str, Any]]] = {}
        for r in conn.execute("SELECT * FROM team_name ORDER BY team_id, first_season"):
            names.setdefault(r["team_id"], []).append(
                {"name": r["name"], "from": r["first_season"], "to": r["last_season"]}
            )
        aliases: dict[tuple[str, int], list[dict[str, str]]] = {}
        for r in conn.execute("SELECT * FROM alias ORDER BY id"):
            owner = ("team", r["team_id"]) if r["team_id"] else ("person", r["person_id"])
            aliases.setdefault(owner, []).append({"alias": r["alias"], "kind": r["kind"]})
        for r in conn.execute("SELECT * FROM team WHERE guild_id IS NULL ORDER BY key"):
            team_key[r["id"]] = r["key"]
            team: dict[str, Any] = {"key": r["key"], "country": r["country"]}
            team["names"] = names.get(r["id"], [])
            team["aliases"] = aliases.get(("team", r["id"]), [])
            teams.append(team)
        members: dict[int, list[dict[str, Any]]] = {}
        for r in conn.execute("SELECT * FROM membership ORDER BY person_id, season, team_id"):
            if r["team_id"] in team_key:
                members.setdefault(r["person_id"], []).append(
                    {"team": team_key[r["team_id"]], "season": r["season"], "role": r["role"]}
                )
        people = []
        person_key = {}
        for r in conn.execute("SELECT * FROM person WHERE guild_id IS NULL ORDER BY key"):
            person_key[r["id"]] = r["key"]
            people.append(
                {
                    "key": r["key"],
                    "name": r["name"],
                    "sort_name": r["sort_name"],
                    "role": r["role"],
                    "nationality": r["nationality"],
                    "birth_date": r["birth_date"],
                    "aliases": aliases.get(("person", r["id"]), []),
                    "memberships": members.get(r["id"], []),
                }
            )
        report_key = {}
        reports = []
        rows = list(conn.execute("SELECT * FROM report WHERE guild_id IS NULL ORDER BY id"))
        for r in rows:
            report_key[r["id"]] = r["key"] or f"report-{r['id']}"
        for r in rows:
            reports.append(
                {
                    "key": report_key[r["id"]],
                    "outlet": r["outlet"],
                    "journalist": r["journalist"],
                    "url": r["url"],
                    "published": r["published"],
                    "language": r["language"],
                    "summary": r["summary"],
                    "credited_by": report_key.get(r["credited_by"]),
                }
            )
        sources: dict[int, list[dict[str, str]]] = {}
        for r in conn.execute("SELECT * FROM claim_source ORDER BY claim_id, report_id"):
            if r["report_id"] in report_key:
                sources.setdefault(r["claim_id"], []).append(
                    {"report": report_key[r["report_id"]], "role": r["role"], "status": r["status"]}
                )
        claim_rows = list(conn.execute("SELECT * FROM claim WHERE guild_id IS NULL ORDER BY id"))
        claim_key = {r["id"]: r["key"] or f"claim-{r['id']}" for r in claim_rows}
        linked: dict[int, list[str]] = {}
        for a, b in conn.execute("SELECT claim_a, claim_b FROM claim_link ORDER BY 1, 2"):
            if a in claim_key and b in claim_key:
                linked.setdefault(a, []).append(claim_key[b])
        claims = []
        for r in claim_rows:
            if r["person_id"] not in person_key:
                continue
            claims.append(
                {
                    "key": claim_key[r["id"]],
                    "person": person_key[r["person_id"]],
                    "kind": r["kind"],
                    "from_team": team_key.get(r["from_team_id"]),
                    "to_team": team_key.get(r["to_team_id"]),
                    "season": r["season"],
                    "effective_date": r["effective_date"],
                    "contract_end": r["contract_end"],
                    "summary": r["summary"],
                    "retracted_reason": r["retracted_reason"],
                    "sources": sources.get(r["id"], []),
                    "linked": linked.get(r["id"], []),
                }
            )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return {
        "format": FORMAT,
        "source": "Exported from a Mercato database",
        "teams": teams,
        "people": people,
        "reports": reports,
        "claims": claims,
    }
