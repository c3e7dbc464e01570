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
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from bot.domain.models import ClaimKind, Role, SourceRole, Status
from bot.domain.status import derive_status
from bot.gcpause import gc_paused
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


def _stripped(value: Any, limit: int) -> str | None:
    """`value` without surrounding blanks if that is a text of 1 to `limit` characters."""
    if isinstance(value, str):
        value = value.strip()
        if 0 < len(value) <= limit:
            return value
    return None


def _text(value: Any, limit: int) -> bool:
    return _stripped(value, limit) is not None


_NATIONALITY_RE = re.compile(r"[A-Z]{3}")
_CLAIM_KINDS = ClaimKind._value2member_map_
_SOURCE_ROLES = SourceRole._value2member_map_
_SOURCE_STATUSES = {k: v for k, v in Status._value2member_map_.items() if k != "retracted"}
# A link whose path needs no normalisation at all: no query, fragment, escapes, empty or dot
# segments, trailing slash or AMP marker. Its key is its host's key followed by the path as is.
_PLAIN_URL_RE = re.compile(r"(https?)://([^/?#\\\s]+)((?:/[A-Za-z0-9_~-][A-Za-z0-9_.~-]*)+)")
_AMP_SUFFIXES = ("/amp", ".amp.html", ".amp")


class _UrlKeys:
    """`url_key(normalise_url(url))`, with the host part worked out once per host.

    Normalising a link costs tens of microseconds (urlsplit, IDNA, IP checks); an import holds
    millions of links on a few hundred hosts. For a plain link (see `_PLAIN_URL_RE`) the result
    is the host's own key (that of `scheme://netloc/`, whose path normalises to "/") followed by
    the unchanged path; anything else, and any link whose host is refused, takes the full path.
    """

    def __init__(self) -> None:
        from bot.domain.urls import MAX_URL_LENGTH, normalise_url, url_key

        self._normalise = normalise_url
        self._key = url_key
        self._max = MAX_URL_LENGTH
        self._hosts: dict[tuple[str, str], str | None] = {}

    def full(self, url: Any) -> str:
        return self._key(self._normalise(url))

    def __call__(self, url: Any) -> str:
        if isinstance(url, str) and len(url) <= self._max:
            m = _PLAIN_URL_RE.fullmatch(url)
            if m is not None:
                scheme, netloc, path = m.groups()
                if not path.startswith("/amp/") and not path.endswith(_AMP_SUFFIXES):
                    try:
                        host = self._hosts[scheme, netloc]
                    except KeyError:
                        host = self._hosts[scheme, netloc] = self._host(scheme, netloc)
                    if host is not None:
                        return host + path
        return self.full(url)

    def _host(self, scheme: str, netloc: str) -> str | None:
        try:
            once = self._normalise(f"{scheme}://{netloc}/")
            key = self._key(once)
        except ValueError:
            return None  # the full path gives the exact reason
        # AMP cache links are unwrapped depending on their path: never shortcut them.
        if not key.endswith("/") or "ampproject" in once or "ampproject" in key:
            return None
        return key[:-1]


def _drop_indexes(
    conn: sqlite3.Connection, table: str, incoming: int, *, unique: bool = False
) -> list[str]:
    """Before a bulk insert, drop `table`'s indexes; return the SQL recreating them.

    Only when the rows about to be inserted are many and at least as many as those stored:
    building an index once from sorted rows is several times cheaper than updating it row by
    row, but not when most of the table was already there. Constraint indexes (primary keys,
    UNIQUE columns) always stay; other unique indexes are dropped only with `unique`, for plain
    INSERTs (never INSERT OR IGNORE, which needs them to skip rows): recreating them checks
    every row at once, and a duplicate fails the import as the row's INSERT would have.
    Inside the import's transaction a failure rolls the drop back with everything else, and
    readers never see the table without its indexes.
    """
    if incoming < 20_000:
        return []
    stored = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    if incoming < stored:
        return []
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
        " AND sql IS NOT NULL AND (? OR sql NOT LIKE 'CREATE UNIQUE %')",
        (table, unique),
    ).fetchall()
    for name, _ in found:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


@contextmanager
def _checks_done(conn: sqlite3.Connection, done: bool = True) -> Iterator[None]:
    """Skip the table's CHECK constraints for rows the loader has already checked itself.

    SQLite evaluates a CHECK like `kind IN ('transfer', ...)` at several microseconds per row:
    most of the cost of inserting claims and their sources. The loader only writes claim kinds,
    source roles and statuses that are members of the enums those constraints list, and a
    status that agrees with `retracted_reason` (`done` is False when a row might not).
    """
    if not done:
        yield
        return
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        yield
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")


def _ticks(progress: Progress, section: str, items: list[Any]) -> Iterator[Any]:
    total = len(items)
    for done, item in enumerate(items, 1):
        if done % 5000 == 0 or done == total:
            progress(section, done, total)
        yield item


def _recreate(conn: sqlite3.Connection, indexes: list[str]) -> None:
    for sql in indexes:
        conn.execute(sql)


class _Pending:
    """Rows to insert in one batch, each with the id SQLite will give it.

    Inside the import's write transaction nothing else writes, and SQLite gives a new row the
    table's largest id plus one: the i-th row added gets `base + i`, known before the INSERT,
    so the rows referring to it need no second pass. `flush` checks that SQLite did so.
    """

    def __init__(self, conn: sqlite3.Connection, table: str, sql: str) -> None:
        self.table = table
        self.sql = sql
        self.rows: list[Any] = []
        # the largest id before this batch: ids up to it were stored before this import
        self.base: int = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0

    def flush(self, conn: sqlite3.Connection) -> None:
        if not self.rows:
            return
        conn.executemany(self.sql, self.rows)
        n = len(self.rows)
        found = conn.execute(
            f"SELECT count(*), max(id) FROM {self.table} WHERE id > ?", (self.base,)
        ).fetchone()
        if tuple(found) != (n, self.base + n):
            raise RuntimeError(f"{self.table}: new rows did not get the ids {self.base + 1}..")
        self.rows = []


class _Loader:
    def __init__(self, conn: sqlite3.Connection, progress: Progress | None) -> None:
        self._conn = conn
        self._helper: threading.Thread | None = None
        self._helper_error: BaseException | None = None
        # The rows' created_at/updated_at: the import's time, given (cheaper than the column
        # default, evaluated once per row).
        self.now = utc_now_iso()
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
        # "Merge, don't duplicate": global claims by (person, kind, destination or 0, season or 0)
        self.claim_identity: dict[tuple[int, str, int, int], int] = {
            (person, kind, to, season): claim_id
            for claim_id, person, kind, to, season in conn.execute(
                "SELECT id, person_id, kind, coalesce(to_team_id, 0), coalesce(season, 0)"
                " FROM claim WHERE guild_id IS NULL"
            )
        }
        self.alias_rows: list[tuple[str, int, str, str]] = []  # (column, owner, alias, kind)
        # Each table's new rows, with the ids they will get (nothing else writes meanwhile).
        self.new_people = _Pending(
            conn,
            "person",
            "INSERT INTO person (key, name, sort_name, role, nationality, birth_date, created_at)"
            f" VALUES (?, ?, ?, ?, ?, ?, '{self.now}')",
        )
        self.new_reports = _Pending(
            conn,
            "report",
            "INSERT INTO report (key, outlet, journalist, url, url_key, published, language,"
            f" summary, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{self.now}')",
        )
        self.new_claims = _Pending(
            conn,
            "claim",
            "INSERT INTO claim (key, person_id, kind, from_team_id, to_team_id, season,"
            " effective_date, contract_end, status, summary, retracted_reason, created_at,"
            f" updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{self.now}', '{self.now}')",
        )
        # published date of the reports this import adds, by id
        self.report_published: dict[int, str] = {}

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection, once the statements left to the helper thread are done."""
        self.wait()
        return self._conn

    def meanwhile(self, statements: list[str]) -> None:
        """Run `statements` (index builds) on a helper thread while Python goes on.

        Building an index is one long SQLite call that releases the GIL, so it costs the
        next section's Python work nothing on a second core. The two threads never use the
        connection at once: every other use goes through `conn`, which waits.
        """
        conn = self.conn
        if not statements:
            return

        def run() -> None:
            try:
                _recreate(conn, statements)
            except BaseException as exc:  # re-raised by wait() in the import's thread
                self._helper_error = exc

        self._helper = threading.Thread(target=run, name="import-indexes", daemon=True)
        self._helper.start()

    def wait(self, *, reraise: bool = True) -> None:
        """Wait for the helper thread; raise what it raised (unless rolling back anyway)."""
        if self._helper is not None:
            self._helper.join()
            self._helper = None
        error, self._helper_error = self._helper_error, None
        if error is not None and reraise:
            raise error

    def _ticking(self, section: str, items: list[Any]) -> Iterable[Any]:
        """`items`, telling `progress` before the 5000th, 10000th, ... and the last one."""
        if self.progress is None:
            return items
        return _ticks(self.progress, section, items)

    def _count(self, section: str, added: int, merged: int) -> None:
        report = self.report
        if added:
            report.added[section] = report.added.get(section, 0) + added
        if merged:
            report.merged[section] = report.merged.get(section, 0) + merged

    # -- teams ---------------------------------------------------------------------------
    def teams(self, teams: list[dict[str, Any]]) -> None:
        for t in self._ticking("teams", teams):
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
        self._flush_aliases()

    def _aliases(self, column: str, owner: int, aliases: list[dict[str, Any]]) -> None:
        self.alias_rows.extend(
            (column, owner, a["alias"].strip(), a.get("kind", "alias"))
            for a in aliases
            if _text(a.get("alias"), 100) and a.get("kind", "alias") in _ALIAS_KINDS
        )

    def _flush_aliases(self) -> None:
        """Insert the collected aliases in their order, one statement per owner column run."""
        rows, self.alias_rows = self.alias_rows, []
        start = 0
        while start < len(rows):
            column = rows[start][0]
            end = start
            while end < len(rows) and rows[end][0] == column:
                end += 1
            self.conn.executemany(
                f"INSERT OR IGNORE INTO alias ({column}, alias, kind) VALUES (?, ?, ?)",
                [(owner, alias, kind) for _, owner, alias, kind in rows[start:end]],
            )
            start = end

    # -- people --------------------------------------------------------------------------
    def people(self, people: list[dict[str, Any]]) -> None:
        new = self.new_people
        rows, base = new.rows, new.base
        updates: list[tuple[Any, ...]] = []
        members: list[tuple[int, int, int, str]] = []
        person_ids = self.person_ids
        team_ids = self.team_ids
        reject = self.report.reject
        key_match = _KEY_RE.match
        nationality_match = _NATIONALITY_RE.fullmatch
        roles = Role._value2member_map_
        added = merged = 0
        for p in self._ticking("people", people):
            get = p.get
            key = get("key")
            if not isinstance(key, str) or not key_match(key):
                reject("people", str(key), "key must be a lowercase slug")
                continue
            name = get("name")
            if not _text(name, 100):
                reject("people", key, "name must be 1-100 characters")
                continue
            role = get("role", "rider")
            if role not in roles:
                reject("people", key, f"unknown role {role!r}")
                continue
            nat = get("nationality")
            if nat is not None and not nationality_match(str(nat)):
                reject("people", key, f"nationality must be a 3-letter code: {nat!r}")
                continue
            birth = get("birth_date")
            if birth is not None and not _is_date(birth):
                reject("people", key, f"birth_date is not a date: {birth!r}")
                continue
            person_id = person_ids.get(key)
            if person_id is None:
                rows.append((key, name.strip(), get("sort_name"), role, nat, birth))
                person_id = person_ids[key] = base + len(rows)
                added += 1
            else:
                # Richer facts win over blanks; an existing value is never overwritten by import.
                updates.append((nat, birth, get("sort_name"), role, role, person_id))
                merged += 1
            aliases = get("aliases")
            if aliases:
                self._aliases("person_id", person_id, aliases)
            for m in get("memberships") or ():
                mget = m.get
                team_id = team_ids.get(mget("team"))
                season = mget("season")
                if team_id is None or season is None or not _season_ok(season):
                    reject("memberships", key, f"unknown team or season in {m!r}")
                    continue
                members.append((person_id, team_id, season, mget("role") or "rider"))
        self._count("people", added, merged)
        new.flush(self.conn)
        self.conn.executemany(
            "UPDATE person SET nationality = coalesce(nationality, ?),"
            " birth_date = coalesce(birth_date, ?), sort_name = coalesce(sort_name, ?),"
            " role = CASE WHEN ? != 'rider' THEN ? ELSE role END"
            " WHERE id = ?",
            updates,
        )
        self._flush_aliases()
        indexes = _drop_indexes(self.conn, "membership", len(members))
        self.conn.executemany(
            "INSERT OR IGNORE INTO membership (person_id, team_id, season, role)"
            " VALUES (?, ?, ?, ?)",
            members,
        )
        self.meanwhile(indexes)

    # -- reports -------------------------------------------------------------------------
    def reports(self, reports: list[dict[str, Any]]) -> None:
        new = self.new_reports
        rows, base = new.rows, new.base
        url_keys = _UrlKeys()
        report_ids = self.report_ids
        report_urls = self.report_urls
        published_of = self.report_published
        reject = self.report.reject
        key_match = _KEY_RE.match
        dates: set[str] = set()
        credited: list[tuple[str, str]] = []
        added = merged = 0
        for r in self._ticking("reports", reports):
            get = r.get
            key = get("key")
            if not isinstance(key, str) or not key_match(key):
                reject("reports", str(key), "key must be a lowercase slug")
                continue
            if key in report_ids:
                merged += 1
                continue
            outlet = _stripped(get("outlet"), 100)
            summary = _stripped(get("summary"), 300)
            if outlet is None or summary is None:
                reject("reports", key, "outlet (1-100) and summary (1-300) required")
                continue
            published = get("published")
            if not isinstance(published, str) or (
                published not in dates and not _is_date(published)
            ):
                reject("reports", key, "published must be YYYY-MM-DD")
                continue
            dates.add(published)
            url = get("url")
            ukey = None
            if url is not None:
                try:
                    ukey = url_keys(url)
                except ValueError as exc:
                    reject("reports", key, f"url: {exc}")
                    continue
                if ukey in report_urls:
                    report_ids[key] = report_urls[ukey]
                    merged += 1
                    continue
            rows.append(
                (
                    key,
                    outlet,
                    get("journalist"),
                    url,
                    ukey,
                    published,
                    get("language"),
                    summary,
                )
            )
            report_id = report_ids[key] = base + len(rows)
            published_of[report_id] = published
            if ukey:
                report_urls[ukey] = report_id
            by = get("credited_by")
            if by:
                credited.append((key, by))
            added += 1
        self._count("reports", added, merged)
        indexes = _drop_indexes(self.conn, "report", len(reports), unique=True)
        new.flush(self.conn)
        self.conn.executemany(
            "UPDATE report SET credited_by = ? WHERE id = ?",
            [(report_ids[by], report_ids[key]) for key, by in credited if by in report_ids],
        )
        self.meanwhile(indexes)

    # -- claims --------------------------------------------------------------------------
    def claims(self, claims: list[dict[str, Any]]) -> None:
        new = self.new_claims
        # the new claims' rows (status filled in below) and, for each, its sources' statuses
        rows: list[list[Any]] = new.rows
        base = new.base
        found: list[dict[int, str]] = []
        links: list[tuple[str, str]] = []
        touched: set[int] = set()  # claims that were already stored
        source_rows: list[tuple[int, int, str, str]] = []
        claim_ids = self.claim_ids
        identity = self.claim_identity
        person_ids = self.person_ids
        team_ids = self.team_ids
        report_ids = self.report_ids
        reject = self.report.reject
        problem = self._claim_problem
        key_match = _KEY_RE.match
        added = merged = 0
        for c in self._ticking("claims", claims):
            get = c.get
            key = get("key")
            if not isinstance(key, str) or not key_match(key):
                reject("claims", str(key), "key must be a lowercase slug")
                continue
            reason = problem(c)
            if reason:
                reject("claims", key, reason)
                continue
            person_id = person_ids[get("person")]
            kind = get("kind")
            from_team = get("from_team")
            to_team = get("to_team")
            season = get("season")
            contract_end = get("contract_end")
            summary = get("summary")
            sources = [
                (report_ids[s["report"]], s["role"], s["status"]) for s in get("sources") or ()
            ]
            from_id = team_ids[from_team] if from_team else None
            to_id = team_ids[to_team] if to_team else None
            claim_id = claim_ids.get(key)
            ident = (person_id, kind, to_id or 0, season or 0)
            if claim_id is None:
                claim_id = identity.get(ident)
            if claim_id is None:
                retracted = get("retracted_reason")
                rows.append(
                    [
                        key,
                        person_id,
                        kind,
                        from_id,
                        to_id,
                        season,
                        get("effective_date"),
                        contract_end,
                        Status.RETRACTED if retracted else Status.RUMOUR,
                        summary,
                        retracted,
                    ]
                )
                claim_id = identity[ident] = base + len(rows)
                found.append({})
                added += 1
            else:
                if claim_id <= base:
                    touched.add(claim_id)
                merged += 1
            claim_ids[key] = claim_id
            if claim_id > base:
                # a new claim's sources all come from this file: the first row per report
                # counts, as INSERT OR IGNORE keeps it
                statuses_of = found[claim_id - base - 1]
                for report_id, role, status in sources:
                    source_rows.append((claim_id, report_id, role, status))
                    statuses_of.setdefault(report_id, status)
            else:
                for report_id, role, status in sources:
                    source_rows.append((claim_id, report_id, role, status))
            linked = get("linked")
            if linked:
                links.extend((key, other) for other in linked)
        self._count("claims", added, merged)
        self._settle_new_statuses(rows, found)
        indexes = _drop_indexes(self.conn, "claim", len(rows), unique=True)
        # a falsy but present retracted_reason (""): leave it to the CHECK to refuse
        consistent = all(bool(row[10]) == (row[10] is not None) for row in rows)
        with _checks_done(self.conn, consistent):
            new.flush(self.conn)
        _recreate(self.conn, indexes)
        indexes = _drop_indexes(self.conn, "claim_source", len(source_rows))
        with _checks_done(self.conn):
            self.conn.executemany(
                "INSERT OR IGNORE INTO claim_source (claim_id, report_id, role, status)"
                " VALUES (?, ?, ?, ?)",
                source_rows,
            )
        _recreate(self.conn, indexes)
        link_rows = []
        for a, b in links:
            if b not in claim_ids:
                reject("claims", a, f"linked claim {b!r} not found")
                continue
            x, y = sorted((claim_ids[a], claim_ids[b]))
            if x != y:
                link_rows.append((x, y))
        self.conn.executemany(
            "INSERT OR IGNORE INTO claim_link (claim_a, claim_b) VALUES (?, ?)", link_rows
        )
        self._restatus(touched)

    def _claim_problem(self, c: dict[str, Any]) -> str | None:
        get = c.get
        person = get("person")
        if person not in self.person_ids:
            return f"unknown person {person!r}"
        kind = get("kind")
        if kind not in _CLAIM_KINDS:
            return f"unknown kind {kind!r}"
        for side in ("from_team", "to_team"):
            team = get(side)
            if team and team not in self.team_ids:
                return f"unknown {side} {team!r}"
        season = get("season")
        contract_end = get("contract_end")
        if (season is not None and not _season_ok(season)) or (
            contract_end is not None and not _season_ok(contract_end)
        ):
            return "season and contract_end must be years 1900-2100"
        summary = get("summary")
        if summary is not None and not _text(summary, 300):
            return "summary must be 1-300 characters"
        report_ids = self.report_ids
        for src in get("sources") or ():
            sget = src.get
            if sget("report") not in report_ids:
                return f"unknown report {sget('report')!r}"
            if sget("role") not in _SOURCE_ROLES:
                return f"unknown source role {sget('role')!r}"
            status = sget("status")
            if status not in _SOURCE_STATUSES:
                return f"invalid source status {status!r}"
        return None

    def _settle_new_statuses(self, rows: list[list[Any]], found: list[dict[int, str]]) -> None:
        """Give each new claim the status its sources support before it is inserted.

        `found` holds each new claim's source statuses by report. A claim whose
        `retracted_reason` is set but falsy keeps the inserted status (and fails the table's
        CHECK, as it always did).
        """
        # Dates only matter against a denial: without one, any date gives the same status,
        # so the status depends on the source statuses alone.
        denied = Status.DENIED.value
        published = self._published({r for f in found if denied in f.values() for r in f})
        statuses = {s.value: s for s in Status}
        dates: dict[str, date] = {}
        any_day = date(2000, 1, 1)
        retracted_status = Status.RETRACTED.value
        undenied: dict[tuple[str, ...], str] = {}
        for row, sources in zip(rows, found, strict=True):
            retracted = row[10]
            if bool(retracted) != (retracted is not None):
                continue
            if retracted is not None:
                row[8] = retracted_status
                continue
            given = tuple(sources.values())
            if denied not in given:
                status = undenied.get(given)
                if status is None:
                    pairs = [(statuses[s], any_day) for s in given]
                    status = undenied[given] = derive_status(pairs).value
                row[8] = status
                continue
            pairs = []
            for report_id, s in sources.items():
                day = published[report_id]
                when = dates.get(day)
                if when is None:
                    when = dates[day] = date.fromisoformat(day)
                pairs.append((statuses[s], when))
            row[8] = derive_status(pairs).value

    def _published(self, report_ids: set[int]) -> dict[int, str]:
        """The published date of each report, new in this import or already stored."""
        known = self.report_published
        out = {i: known[i] for i in report_ids if i in known}
        missing = sorted(report_ids - out.keys())
        for start in range(0, len(missing), 900):
            chunk = missing[start : start + 900]
            marks = ",".join("?" * len(chunk))
            out.update(
                self.conn.execute(f"SELECT id, published FROM report WHERE id IN ({marks})", chunk)
            )
        return out

    def _restatus(self, claim_ids: set[int]) -> None:
        """Recompute the stored status of merged claims from all their sources."""
        ids = sorted(claim_ids)
        statuses = {s.value: s for s in Status}
        dates: dict[str, date] = {}
        changed: list[tuple[str, int]] = []
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            found: dict[int, list[tuple[Status, date]]] = {i: [] for i in chunk}
            for claim_id, status, published in self.conn.execute(
                "SELECT cs.claim_id, cs.status, r.published FROM claim_source cs"
                f" JOIN report r ON r.id = cs.report_id WHERE cs.claim_id IN ({marks})",
                chunk,
            ):
                when = dates.get(published)
                if when is None:
                    when = dates[published] = date.fromisoformat(published)
                found[claim_id].append((statuses[status], when))
            for claim_id, current, retracted in self.conn.execute(
                f"SELECT id, status, retracted_reason IS NOT NULL FROM claim WHERE id IN ({marks})",
                chunk,
            ):
                status = derive_status(found[claim_id], retracted=bool(retracted)).value
                if status != current:
                    changed.append((status, claim_id))
        self.conn.executemany("UPDATE claim SET status = ? WHERE id = ?", changed)


def _connect(path: Path) -> sqlite3.Connection:
    # the import builds indexes on a helper thread, one thread at a time (_Loader.meanwhile)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
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
    # One transaction writes every row and index page: keep them in memory until the commit
    # instead of spilling them to the WAL half way (the cache is allocated only as it fills).
    conn.execute("PRAGMA cache_size = -1048576")  # KiB: up to 1 GiB
    conn.execute("PRAGMA temp_store = MEMORY")
    # Every reference the loader writes is an id it has just read or inserted inside this
    # write transaction, so SQLite's per-row foreign key lookups would only repeat that work.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with gc_paused():
            conn.execute("BEGIN IMMEDIATE")
            loader: _Loader | None = None
            try:
                loader = _Loader(conn, progress)
                loader.teams(data.get("teams") or [])
                loader.people(data.get("people") or [])
                loader.reports(data.get("reports") or [])
                loader.claims(data.get("claims") or [])
                loader.wait()
                conn.execute(
                    "INSERT INTO audit_log (at, actor_id, actor_name, action, entity, new_values)"
                    " VALUES (?, NULL, 'system', 'import', 'dataset', ?)",
                    (utc_now_iso(), json.dumps({"name": name, **loader.report.as_dict()})),
                )
                conn.execute("COMMIT")
            except BaseException:
                if loader is not None:
                    loader.wait(reraise=False)  # the helper thread must be off the connection
                conn.execute("ROLLBACK")
                raise
    finally:
        conn.close()
    return loader.report


_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19


def _has_long_number(raw: bytes) -> bool:
    """Whether `raw` holds 19 digits in a row (anywhere, strings included)."""
    step = 1 << 24
    return any(
        raw[start : start + step + len(_LONG_NUMBER) - 1]
        .translate(_DIGITS_TO_ZERO)
        .find(_LONG_NUMBER)
        >= 0
        for start in range(0, len(raw), step)
    )


def parse_json(raw: bytes, slow: Callable[[bytes], Any] = json.loads) -> Any:
    """`slow(raw)` (a `json.loads`), with orjson's result when it is sure to be the same.

    orjson parses a big file several times faster, and wherever it accepts a document it
    reads the same values, except integers beyond 64 bits (it makes them floats): a file
    with a long run of digits, or one orjson refuses (NaN, lone surrogates, a BOM, bad
    JSON), goes to `slow`, which words any error as before. The GC is held off meanwhile:
    parsing creates millions of containers and none of them is garbage.
    """
    with gc_paused():
        if not _has_long_number(raw):
            try:
                return orjson.loads(raw)
            except orjson.JSONDecodeError:
                pass
        return slow(raw)


def read_document(path: Path) -> dict[str, Any]:
    try:
        # the slow path reads the file as text, as it always did (same errors, same positions)
        data = parse_json(path.read_bytes(), lambda _: json.loads(path.read_text(encoding="utf-8")))
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
        report = import_data(db_path, parse_json(raw), name=rel, progress=progress)
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
    from bot.storage.wikidata_files import load_snapshots  # data/wikidata/, after the registry

    return loaded + load_snapshots(db_path, data_dir, progress)


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
