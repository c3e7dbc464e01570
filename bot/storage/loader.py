"""Import of the `mercato/1` data format (docs/data-format.md), and the bundled data.

Bulk work runs on a plain sqlite3 connection (`bot.storage.db.connect`) in a worker thread: one
transaction, key->id maps held in memory and executemany, because a round trip per row through
aiosqlite's thread would make a million-claim import take minutes. It applies the same rules as
the rest of the bot (`bot.domain.rules`, the claim identity and status of `bot.storage.claims`),
and SQLite checks every row as it checks the bot's own: foreign keys and CHECK constraints on.
An entry that breaks a rule is rejected with the reason; the rest is stored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

import orjson

from bot.domain import rules
from bot.domain.models import Status
from bot.domain.rules import NAME_MAX, SUMMARY_MAX, is_date, is_season, stripped
from bot.gcpause import gc_paused
from bot.storage import claims as claims_db
from bot.storage.audit import utc_now_iso
from bot.storage.db import connect
from bot.storage.document import FORMAT, DataFormatError, parse_json

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
# A row's reference before it is stored: its id, or (for a row new in this file) its key.
Ref = int | str
Member = tuple[Ref, int, Any, Any]  # (person, team id, season, role)


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

    def count(self, section: str, added: int, merged: int) -> None:
        if added:
            self.added[section] = self.added.get(section, 0) + added
        if merged:
            self.merged[section] = self.merged.get(section, 0) + merged

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
        from bot.domain.urls import MAX_URL_LENGTH, article_key, normalise_url, url_key

        self._normalise = normalise_url
        self._key = url_key
        self._max = MAX_URL_LENGTH
        self._hosts: dict[tuple[str, str], str | None] = {}
        self.full = article_key

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


def _ticks(progress: Progress, section: str, items: list[Any]) -> Iterator[Any]:
    total = len(items)
    for done, item in enumerate(items, 1):
        if done % 5000 == 0 or done == total:
            progress(section, done, total)
        yield item


def _insert_rows(conn: sqlite3.Connection, sql: str, rows: list[Any], chunk: int = 500) -> None:
    """`conn.executemany(sql, rows)` for an `INSERT ... VALUES (...)`, `chunk` rows a statement.

    SQLite evaluates a CHECK like `kind IN ('transfer', ...)` by building a small table of the
    listed values once per statement run: once per row with executemany, which made checking
    the rows cost more than writing them. Many rows a statement build it once per `chunk`.
    """
    head, _, values = sql.rpartition(" VALUES ")
    many = f"{head} VALUES " + ", ".join([values] * chunk)
    whole = len(rows) - len(rows) % chunk
    for start in range(0, whole, chunk):
        conn.execute(many, list(chain.from_iterable(rows[start : start + chunk])))
    if whole < len(rows):
        rest = rows[whole:]
        conn.execute(
            f"{head} VALUES " + ", ".join([values] * len(rest)), list(chain.from_iterable(rest))
        )


def _recreate(conn: sqlite3.Connection, indexes: list[str]) -> None:
    for sql in indexes:
        conn.execute(sql)


class _NewRows:
    """Rows of one table to insert in one batch; SQLite gives the ids, read back by key."""

    def __init__(self, table: str, sql: str) -> None:
        self.table = table
        self.sql = sql  # an INSERT whose first value is the row's unique key
        self.rows: list[Any] = []

    def insert(self, conn: sqlite3.Connection) -> dict[str, int]:
        """Insert the rows; return the id each key got."""
        if not self.rows:
            return {}
        before = conn.execute(f"SELECT coalesce(max(id), 0) FROM {self.table}").fetchone()[0]
        _insert_rows(conn, self.sql, self.rows)
        # Nothing else writes during the import's transaction: the rows above the old largest
        # id are these. (Should SQLite have placed one below it, look them all up by key.)
        # (one JSON object, parsed at once: a million (key, id) rows cost seconds as tuples)
        found = conn.execute(
            f"SELECT json_group_object(key, id) FROM {self.table} WHERE id > ?", (before,)
        ).fetchone()[0]
        ids: dict[str, int] = orjson.loads(found)
        if len(ids) != len(self.rows):
            keys = json.dumps([row[0] for row in self.rows])
            ids = dict(
                conn.execute(
                    f"SELECT key, id FROM {self.table}"
                    " WHERE key IN (SELECT value FROM json_each(?))",
                    (keys,),
                )
            )
        self.rows = []
        return ids


def _resolved(ref: Ref, ids: dict[str, int]) -> int:
    """A reference as an id, once the rows new in this file are stored."""
    return ref if isinstance(ref, int) else ids[ref]


def _team_name_ok(entry: dict[str, Any]) -> bool:
    to = entry.get("to")
    return (
        stripped(entry.get("name"), NAME_MAX) is not None
        and is_season(entry.get("from"))
        and (to is None or is_season(to))
    )


def _person_problem(p: dict[str, Any]) -> str | None:
    """Why a person entry cannot be stored, or None: the first problem found."""
    get = p.get
    key = get("key")
    if not isinstance(key, str) or not rules.KEY.match(key):
        return "key must be a lowercase slug"
    if not stripped(get("name"), NAME_MAX):
        return "name must be 1-100 characters"
    role = get("role", "rider")
    if role not in rules.ROLES:
        return f"unknown role {role!r}"
    nat = get("nationality")
    if nat is not None and not rules.NATIONALITY.fullmatch(str(nat)):
        return f"nationality must be a 3-letter code: {nat!r}"
    birth = get("birth_date")
    if birth is not None and not is_date(birth):
        return f"birth_date is not a date: {birth!r}"
    return None


def _report_problem(
    r: dict[str, Any], url_keys: _UrlKeys, dates: set[str]
) -> tuple[str | None, str | None]:
    """(why a report entry cannot be stored or None, the key of its link or None)."""
    get = r.get
    if stripped(get("outlet"), NAME_MAX) is None or stripped(get("summary"), SUMMARY_MAX) is None:
        return "outlet (1-100) and summary (1-300) required", None
    published = get("published")
    if not isinstance(published, str) or (published not in dates and not is_date(published)):
        return "published must be YYYY-MM-DD", None
    dates.add(published)
    url = get("url")
    if url is None:
        return None, None
    try:
        return None, url_keys(url)
    except ValueError as exc:
        return f"url: {exc}", None


@dataclass(slots=True)
class _ClaimBatch:
    """The claims section, checked and read, before anything of it is stored."""

    new: list[list[Any]] = field(default_factory=list)  # rows of new claims (status settled later)
    sources_of: dict[str, dict[int, str]] = field(
        default_factory=dict
    )  # new claim: report -> status
    sources: list[tuple[Ref, int, str, str]] = field(
        default_factory=list
    )  # (claim, report, role, status)
    links: list[tuple[str, str]] = field(default_factory=list)  # claim keys
    touched: set[int] = field(default_factory=set)  # stored claims that got sources
    merged: int = 0


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
        self.statuses = claims_db.Statuses()
        self.team_ids: dict[str, int] = dict(conn.execute("SELECT key, id FROM team"))
        # Keys of the file to ids: a row new in this file maps to its own key (a Ref) until its
        # section is stored, then to its id (Any: the sections after it read only ids).
        self.person_ids: dict[str, Any] = dict(conn.execute("SELECT key, id FROM person"))
        self.report_ids: dict[str, Any] = dict(
            conn.execute("SELECT key, id FROM report WHERE key IS NOT NULL")
        )
        self.report_urls: dict[str, Any] = dict(
            conn.execute(
                "SELECT url_key, id FROM report WHERE url_key IS NOT NULL AND guild_id IS NULL"
            )
        )
        self.claim_ids: dict[str, Ref] = dict(
            conn.execute("SELECT key, id FROM claim WHERE key IS NOT NULL")
        )
        # "Merge, don't duplicate": global claims by their identity (claims_db.identity).
        self.claim_identity: dict[tuple[int, str, int, int, int], Ref] = {
            claims_db.identity(person, kind, to, season, None): claim_id
            for claim_id, person, kind, to, season in conn.execute(
                "SELECT id, person_id, kind, to_team_id, season FROM claim WHERE guild_id IS NULL"
            )
        }
        self.alias_rows: list[tuple[str, Ref, str, str]] = []  # (column, owner, alias, kind)
        self.new_people = _NewRows(
            "person",
            "INSERT INTO person (key, name, sort_name, role, nationality, birth_date, created_at)"
            f" VALUES (?, ?, ?, ?, ?, ?, '{self.now}')",
        )
        self.new_reports = _NewRows(
            "report",
            "INSERT INTO report (key, outlet, journalist, url, url_key, published, language,"
            f" summary, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{self.now}')",
        )
        self.new_claims = _NewRows(
            "claim",
            "INSERT INTO claim (key, person_id, kind, from_team_id, to_team_id, season,"
            " effective_date, contract_end, status, summary, retracted_reason, created_at,"
            f" updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{self.now}', '{self.now}')",
        )

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

    # -- teams ---------------------------------------------------------------------------
    def teams(self, teams: list[dict[str, Any]]) -> None:
        for t in self._ticking("teams", teams):
            key = t.get("key")
            if not isinstance(key, str) or not rules.KEY.match(key):
                self.report.reject("teams", str(key), "key must be a lowercase slug")
                continue
            names = t.get("names") or []
            bad = next((x for x in names if not _team_name_ok(x)), None)
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
        self._flush_aliases({})

    def _aliases(self, column: str, owner: Ref, aliases: list[dict[str, Any]]) -> None:
        self.alias_rows.extend(
            (column, owner, a["alias"].strip(), a.get("kind", "alias"))
            for a in aliases
            if stripped(a.get("alias"), NAME_MAX) and a.get("kind", "alias") in rules.ALIAS_KINDS
        )

    def _flush_aliases(self, ids: dict[str, int]) -> None:
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
                [(_resolved(owner, ids), alias, kind) for _, owner, alias, kind in rows[start:end]],
            )
            start = end

    # -- people --------------------------------------------------------------------------
    def people(self, people: list[dict[str, Any]]) -> None:
        updates: list[tuple[Any, ...]] = []
        members: list[Member] = []
        added = merged = 0
        for p in self._ticking("people", people):
            key = p.get("key")
            reason = _person_problem(p)
            if reason:
                self.report.reject("people", str(key), reason)
                continue
            get = p.get
            person = self.person_ids.get(key)
            if person is None:
                self.new_people.rows.append(
                    (key, get("name").strip(), get("sort_name"), get("role", "rider"),
                     get("nationality"), get("birth_date"))
                )  # fmt: skip
                person = self.person_ids[key] = key
                added += 1
            else:
                # Richer facts win over blanks; an existing value is never overwritten by import.
                role = get("role", "rider")
                updates.append((get("nationality"), get("birth_date"), get("sort_name"), role, role, person))  # fmt: skip
                merged += 1
            if get("aliases"):
                self._aliases("person_id", person, get("aliases"))
            members += self._memberships(key, person, get("memberships") or ())
        self.report.count("people", added, merged)
        self._store_people(updates, members)

    def _memberships(
        self, key: str, person: Ref, memberships: Iterable[dict[str, Any]]
    ) -> list[Member]:
        out = []
        for m in memberships:
            team: Any = m.get("team")
            team_id = self.team_ids.get(team)
            season = m.get("season")
            if team_id is None or not is_season(season):
                self.report.reject("memberships", key, f"unknown team or season in {m!r}")
                continue
            out.append((person, team_id, season, m.get("role") or "rider"))
        return out

    def _store_people(self, updates: list[tuple[Any, ...]], members: list[Member]) -> None:
        ids = self.new_people.insert(self.conn)
        self.person_ids.update(ids)
        self.conn.executemany(
            "UPDATE person SET nationality = coalesce(nationality, ?),"
            " birth_date = coalesce(birth_date, ?), sort_name = coalesce(sort_name, ?),"
            " role = CASE WHEN ? != 'rider' THEN ? ELSE role END"
            " WHERE id = ?",
            [(*row[:-1], _resolved(row[-1], ids)) for row in updates],
        )
        self._flush_aliases(ids)
        indexes = _drop_indexes(self.conn, "membership", len(members))
        _insert_rows(
            self.conn,
            "INSERT OR IGNORE INTO membership (person_id, team_id, season, role)"
            " VALUES (?, ?, ?, ?)",
            [(_resolved(p, ids), team, season, role) for p, team, season, role in members],
        )
        self.meanwhile(indexes)

    # -- reports -------------------------------------------------------------------------
    def reports(self, reports: list[dict[str, Any]]) -> None:
        url_keys = _UrlKeys()
        credited: list[tuple[str, str]] = []
        added = merged = 0
        dates: set[str] = set()  # dates seen valid already
        report_ids, report_urls = self.report_ids, self.report_urls
        rows, reject, key_match = self.new_reports.rows, self.report.reject, rules.KEY.match
        for r in self._ticking("reports", reports):
            key = r.get("key")
            if not isinstance(key, str) or not key_match(key):
                reject("reports", str(key), "key must be a lowercase slug")
                continue
            if key in report_ids:
                merged += 1
                continue
            reason, ukey = _report_problem(r, url_keys, dates)
            if reason:
                reject("reports", key, reason)
                continue
            if ukey is not None and ukey in report_urls:
                report_ids[key] = report_urls[ukey]  # the same article, another key
                merged += 1
                continue
            get = r.get
            rows.append(
                (key, get("outlet").strip(), get("journalist"), get("url"), ukey,
                 get("published"), get("language"), get("summary").strip())
            )  # fmt: skip
            # Until stored, a new report stands for itself by key (report_urls keeps the key:
            # it only finds the same article again within this section).
            report_ids[key] = key
            if ukey:
                report_urls[ukey] = key
            by = get("credited_by")
            if by:
                credited.append((key, by))
            added += 1
        self.report.count("reports", added, merged)
        self._store_reports(len(reports), credited)

    def _store_reports(self, incoming: int, credited: list[tuple[str, str]]) -> None:
        indexes = _drop_indexes(self.conn, "report", incoming, unique=True)
        ids = self.new_reports.insert(self.conn)
        report_ids = self.report_ids
        report_ids.update(ids)
        self.conn.executemany(
            "UPDATE report SET credited_by = ? WHERE id = ?",
            [(report_ids[by], report_ids[key]) for key, by in credited if by in report_ids],
        )
        self.meanwhile(indexes)

    # -- claims --------------------------------------------------------------------------
    def claims(self, claims: list[dict[str, Any]]) -> None:
        batch = _ClaimBatch()
        problem, reject, take = self._claim_problem, self.report.reject, self._claim_taker(batch)
        for c in self._ticking("claims", claims):
            reason = problem(c)
            if reason:
                reject("claims", str(c.get("key")), reason)
                continue
            take(c)
        self.report.count("claims", len(batch.new), batch.merged)
        self._settle_new_statuses(batch)
        self._store_claims(batch)
        claims_db.restatus_many(self.conn, batch.touched, self.statuses)

    def _claim_taker(self, batch: _ClaimBatch) -> Callable[[dict[str, Any]], None]:
        """What adds one checked claim entry to the batch: a new claim, or sources for one."""
        person_ids, team_ids, report_ids = self.person_ids, self.team_ids, self.report_ids
        claim_ids, by_identity, identity = self.claim_ids, self.claim_identity, claims_db.identity
        new, sources_of, sources = batch.new, batch.sources_of, batch.sources

        def take(c: dict[str, Any]) -> None:
            get = c.get
            key: str = c["key"]
            person_id: int = person_ids[c["person"]]
            from_team, to_team = get("from_team"), get("to_team")
            to_id = team_ids[to_team] if to_team else None
            ident = identity(person_id, c["kind"], to_id, get("season"), None)
            target: Ref | None = claim_ids.get(key) or by_identity.get(ident)
            if target is None:
                retracted = get("retracted_reason")
                new.append(
                    [key, person_id, c["kind"], team_ids[from_team] if from_team else None,
                     to_id, get("season"), get("effective_date"), get("contract_end"),
                     Status.RETRACTED if retracted else Status.RUMOUR, get("summary"), retracted]
                )  # fmt: skip
                target = by_identity[ident] = key
                sources_of[key] = {}
            else:
                batch.merged += 1
                if isinstance(target, int):
                    batch.touched.add(target)
            claim_ids[key] = target
            statuses = sources_of.get(target) if isinstance(target, str) else None
            for s in get("sources") or ():
                report_id: int = report_ids[s["report"]]
                sources.append((target, report_id, s["role"], s["status"]))
                if statuses is not None:
                    # a new claim's first row per report counts, as INSERT OR IGNORE keeps it
                    statuses.setdefault(report_id, s["status"])
            linked = get("linked")
            if linked:
                batch.links.extend((key, other) for other in linked)

        return take

    def _claim_problem(self, c: dict[str, Any]) -> str | None:
        """Why a claim entry cannot be stored, or None: the first problem found."""
        get = c.get
        key = get("key")
        if not isinstance(key, str) or not rules.KEY.match(key):
            return "key must be a lowercase slug"
        if get("person") not in self.person_ids:
            return f"unknown person {get('person')!r}"
        if get("kind") not in rules.CLAIM_KINDS:
            return f"unknown kind {get('kind')!r}"
        for side in ("from_team", "to_team"):
            team = get(side)
            if team and team not in self.team_ids:
                return f"unknown {side} {team!r}"
        season, contract_end = get("season"), get("contract_end")
        if (season is not None and not is_season(season)) or (
            contract_end is not None and not is_season(contract_end)
        ):
            return "season and contract_end must be years 1900-2100"
        summary = get("summary")
        if summary is not None and not stripped(summary, SUMMARY_MAX):
            return "summary must be 1-300 characters"
        for src in get("sources") or ():
            sget = src.get
            if sget("report") not in self.report_ids:
                return f"unknown report {sget('report')!r}"
            if sget("role") not in rules.SOURCE_ROLES:
                return f"unknown source role {sget('role')!r}"
            if sget("status") not in rules.SOURCE_STATUSES:
                return f"invalid source status {sget('status')!r}"
        return None

    def _settle_new_statuses(self, batch: _ClaimBatch) -> None:
        """Give each new claim the status its sources support before it is inserted."""
        denied = Status.DENIED.value
        published = self._published(
            {r for found in batch.sources_of.values() if denied in found.values() for r in found}
        )
        of = self.statuses.of
        found: dict[int, str] = {}

        def dates() -> Iterable[str]:  # of the claim in hand (`found` is rebound below)
            return map(published.__getitem__, found)

        for row in batch.new:
            retracted = row[10]
            if bool(retracted) != (retracted is not None):
                continue  # a present but empty reason: the table's CHECK refuses it, as it should
            found = batch.sources_of[row[0]]
            # (a StrEnum: SQLite stores its text)
            row[8] = of(found.values(), dates, retracted=retracted is not None)

    def _published(self, report_ids: set[int]) -> dict[int, str]:
        """The published date of each report (only denials make dates matter: few)."""
        out: dict[int, str] = {}
        ids = sorted(report_ids)
        for start in range(0, len(ids), 50_000):
            chunk = json.dumps(ids[start : start + 50_000])
            out.update(
                self.conn.execute(
                    "SELECT id, published FROM report WHERE id IN (SELECT value FROM json_each(?))",
                    (chunk,),
                )
            )
        return out

    def _store_claims(self, batch: _ClaimBatch) -> None:
        """Insert the new claims, then every source and link; indexes are rebuilt on the helper
        thread while Python prepares the next rows."""
        claim_indexes = _drop_indexes(self.conn, "claim", len(batch.new), unique=True)
        source_indexes = _drop_indexes(self.conn, "claim_source", len(batch.sources))
        self.new_claims.rows = batch.new
        ids = self.new_claims.insert(self.conn)
        self.meanwhile(claim_indexes)
        sources = [(_resolved(t, ids), report, role, st) for t, report, role, st in batch.sources]
        links = self._link_rows(batch.links, ids)
        _insert_rows(
            self.conn,
            "INSERT OR IGNORE INTO claim_source (claim_id, report_id, role, status)"
            " VALUES (?, ?, ?, ?)",
            sources,
        )
        self.meanwhile(source_indexes)
        self.conn.executemany(
            "INSERT OR IGNORE INTO claim_link (claim_a, claim_b) VALUES (?, ?)", links
        )

    def _link_rows(
        self, links: list[tuple[str, str]], ids: dict[str, int]
    ) -> list[tuple[int, int]]:
        """(a, b) ids of the claims linked by key, a < b; a link to no known claim is rejected."""
        rows = []
        for a, b in links:
            if b not in self.claim_ids:
                self.report.reject("claims", a, f"linked claim {b!r} not found")
                continue
            x, y = sorted((_resolved(self.claim_ids[a], ids), _resolved(self.claim_ids[b], ids)))
            if x != y:
                rows.append((x, y))
        return rows


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
    # the import builds indexes on a helper thread, one thread at a time (_Loader.meanwhile)
    conn = connect(db_path, bulk=True, threads=True)
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


def bundled_files(data_dir: Path) -> list[Path]:
    """Bundled data in load order: the registry first, then stories that refer to it."""
    files = sorted(data_dir.glob("*.json")) + sorted(data_dir.glob("seed/*.json"))
    return [f for f in files if not f.name.endswith(".schema.json")]


def load_bundled(db_path: Path, data_dir: Path, progress: Progress | None = None) -> list[str]:
    """Load bundled files not loaded before (or changed since); return what was loaded."""
    loaded = []
    conn = connect(db_path)
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
        conn = connect(db_path)
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
