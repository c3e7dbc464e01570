"""Wikidata entity files: a JSON dump (plain, .gz or .bz2; filtered or not) into the registry.

`python -m bot import FILE` sends a file here when it is not a mercato/1 document; a bundled
snapshot in `data/wikidata/` (written by `scripts/refresh_wikidata.py`) is loaded on first
start the same way. The file is read line by line; what is kept per entity is a small record
(`bot.domain.wikidata`), and the merge runs in one transaction like any import.
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import itertools
import json
import logging
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, cast

import orjson

from bot.domain.errors import MercatoError
from bot.domain.wikidata import (
    ItemRecord,
    MissingRecord,
    PersonRecord,
    ReadProblems,
    Record,
    SeasonRecord,
    read_dump_lines,
    read_response,
)
from bot.domain.wikidata.report import MergeReport
from bot.gcpause import gc_paused
from bot.storage.audit import utc_now_iso
from bot.storage.db import connect
from bot.storage.registry_merge import RegistryWriter

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
SNAPSHOT_DIR = "wikidata"  # under data/: bundled Wikidata snapshots
_BROKEN = (OSError, EOFError, zlib.error)  # what a damaged gzip or bzip2 stream raises
_SNIFF = 1 << 16


class WikidataFileError(MercatoError):
    """The file cannot be read as Wikidata entity JSON at all."""

    title = "Import error"
    exit_code = 2


def _compressed(magic: bytes) -> str | None:
    if magic[:2] == b"\x1f\x8b":
        return "gzip"
    if magic[:3] == b"BZh":
        return "bzip2"
    return None


@contextmanager
def open_binary(path: Path) -> Iterator[IO[bytes]]:
    """Open `path` for reading, decompressing gzip or bzip2 by their magic bytes."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise WikidataFileError(f"cannot read {path}: {exc.strerror}") from None
    with raw:
        kind = _compressed(raw.read(3))
        raw.seek(0)
        if kind == "gzip":
            yield cast(IO[bytes], gzip.GzipFile(fileobj=raw))
        elif kind == "bzip2":
            yield bz2.BZ2File(raw)
        else:
            yield raw


def is_wikidata_file(path: Path) -> bool:
    """Whether `path` holds Wikidata entity JSON (a dump, entity lines, a wbgetentities answer).

    A mercato/1 document is one JSON object with a "format" key and never compressed; Wikidata
    files are compressed, an array of entities, entity objects one per line, or an object with
    "entities".
    """
    try:
        with path.open("rb") as raw:
            if _compressed(raw.read(3)) is not None:
                return True
        with open_binary(path) as stream:
            head = stream.read(_SNIFF)
    except (OSError, WikidataFileError):
        return False
    text = head.lstrip()
    if text.startswith(b"["):
        return True
    if not text.startswith(b"{"):
        return False
    first_line = text.split(b"\n", 1)[0].strip().rstrip(b",")
    try:
        value = orjson.loads(first_line)
    except orjson.JSONDecodeError:
        return b'"entities"' in text[:4096] and b'"format"' not in text[:4096]
    if not isinstance(value, dict):
        return False
    return "entities" in value or ("id" in value and ("claims" in value or "labels" in value))


def read_records(path: Path, problems: ReadProblems) -> Iterator[Record]:
    """Every record in the file, one entity at a time."""
    with open_binary(path) as stream:
        chunks = _chunks(stream, path, problems)
        head = b""
        for chunk in chunks:  # enough to tell a wbgetentities answer from a dump
            head += chunk
            if len(head) >= 4096:
                break
        if head.lstrip().startswith(b"{") and b'"entities"' in head[:4096]:
            body = head + b"".join(chunks)
            try:
                yield from read_response(orjson.loads(body))
            except (orjson.JSONDecodeError, ValueError) as exc:
                raise WikidataFileError(f"{path}: not a wbgetentities response ({exc})") from None
            return
        yield from read_dump_lines(_lines(head, chunks), orjson.loads, problems)


def _chunks(stream: IO[bytes], path: Path, problems: ReadProblems) -> Iterator[bytes]:
    """The decompressed bytes in pieces; a cut or damaged stream ends them with a problem."""
    read = 0
    while True:
        try:
            chunk = stream.read(1 << 13)
        except _BROKEN as exc:
            if not read:
                raise WikidataFileError(f"{path}: cannot be decompressed ({exc})") from None
            problems.add(str(path), f"the file ends early ({exc.__class__.__name__})")
            return
        if not chunk:
            return
        read += len(chunk)
        yield chunk


def _lines(head: bytes, chunks: Iterator[bytes]) -> Iterator[bytes]:
    rest = b""
    for chunk in itertools.chain((head,), chunks):
        parts = (rest + chunk).split(b"\n")
        rest = parts.pop()
        yield from parts
    if rest:
        yield rest


@dataclass(slots=True)
class EntitySet:
    """The records of one file, sorted by kind (the merge needs teams before people)."""

    people: list[PersonRecord] = field(default_factory=list)
    seasons: list[SeasonRecord] = field(default_factory=list)
    items: dict[str, ItemRecord] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def add(self, record: Record) -> None:
        """File a record under its kind."""
        if isinstance(record, PersonRecord):
            self.people.append(record)
        elif isinstance(record, SeasonRecord):
            self.seasons.append(record)
        elif isinstance(record, ItemRecord):
            self.items[record.qid] = record
        elif isinstance(record, MissingRecord):
            self.missing.append(record.qid)

    def referenced_terms(self) -> set[str]:
        """Occupation and role items the people name (their labels give Mercato roles)."""
        out: set[str] = set()
        for p in self.people:
            out.update(p.occupations)
            for t in p.tenures:
                out.update(t.role_items)
        return out

    def referenced_countries(self) -> set[str]:
        """The countries of citizenship the people name."""
        return {q for p in self.people for q in p.countries}

    def first_seen(self) -> dict[str, int]:
        """For each item people's statements name with a start date: the earliest year."""
        out: dict[str, int] = {}
        for p in self.people:
            for t in p.tenures:
                if t.start is not None and t.start.year < out.get(t.target, 10_000):
                    out[t.target] = t.start.year
        return out


@dataclass(slots=True)
class FileImport:
    report: MergeReport
    problems: ReadProblems
    changed_people: set[int]
    changed_teams: set[int]
    entities: int


def merge_entities(
    writer: RegistryWriter, found: EntitySet, progress: Progress | None = None
) -> None:
    """Merge one set of records in dependency order: terms, teams, team seasons, people."""
    writer.learn_items(found.items.values(), found.referenced_terms(), found.referenced_countries())
    writer.merge_seasons(found.seasons, found.items)
    writer.merge_team_items(found.items.values(), found.first_seen())
    total = len(found.people)
    for start in range(0, total, 1000):
        writer.merge_people(found.people[start : start + 1000])
        if progress is not None:
            progress("people", min(start + 1000, total), total)
    writer.merge_missing(found.missing)


def record_audit(conn: sqlite3.Connection, action: str, details: dict[str, Any]) -> None:
    """One audit row per merge that changed something: the name index cache keys on it."""
    conn.execute(
        "INSERT INTO audit_log (at, actor_id, actor_name, action, entity, new_values)"
        " VALUES (?, NULL, 'system', ?, 'registry', ?)",
        (utc_now_iso(), action, json.dumps(details, ensure_ascii=False)),
    )


def import_wikidata_file(
    db_path: Path,
    path: Path,
    *,
    this_year: int | None = None,
    since: int | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> FileImport:
    """Merge every entity of a Wikidata JSON file in one transaction (none with `dry_run`)."""
    problems = ReadProblems()
    found = EntitySet()
    with gc_paused():
        count = 0
        for record in read_records(path, problems):
            found.add(record)
            count += 1
            if progress is not None and count % 5000 == 0:
                progress("reading", count, 0)
    now = datetime.now(UTC)
    conn = connect(db_path, bulk=True)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            writer = RegistryWriter(
                conn,
                retrieved_at=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                this_year=this_year or now.year,
                since=since,
            )
            with gc_paused():
                merge_entities(writer, found, progress)
            if writer.report.changed and not dry_run:
                record_audit(
                    conn,
                    "import",
                    {"name": path.name, "source": "wikidata", **writer.report.as_dict()},
                )
            conn.execute("ROLLBACK" if dry_run else "COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return FileImport(writer.report, problems, writer.changed_people, writer.changed_teams, count)


def snapshot_files(data_dir: Path) -> list[Path]:
    """Bundled Wikidata snapshots, in name order."""
    folder = data_dir / SNAPSHOT_DIR
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.name.endswith((".json", ".json.gz", ".json.bz2"))
    )


def load_snapshots(db_path: Path, data_dir: Path, progress: Progress | None = None) -> list[str]:
    """Load bundled snapshots not loaded before (or changed since); return what was loaded."""
    conn = connect(db_path)
    try:
        done = dict(conn.execute("SELECT name, sha256 FROM data_load"))
    finally:
        conn.close()
    loaded = []
    for path in snapshot_files(data_dir):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        rel = path.relative_to(data_dir).as_posix()
        if done.get(rel) == digest:
            continue
        result = import_wikidata_file(db_path, path, progress=progress)
        conn = connect(db_path)
        try:
            conn.execute(
                "INSERT OR REPLACE INTO data_load (name, sha256, loaded_at) VALUES (?, ?, ?)",
                (rel, digest, utc_now_iso()),
            )
        finally:
            conn.close()
        if result.problems.items:
            log.warning("bundled %s: %d lines not read", rel, len(result.problems.items))
        loaded.append(rel)
    return loaded
