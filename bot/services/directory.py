"""The name index over people and teams, kept in step with the database."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import pickle
import sqlite3
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from bot.domain import matching, names
from bot.domain.matching import Match, NameEntry, NameIndex, Resolution
from bot.domain.models import EntityKind, EntityRef, Person, Team
from bot.domain.pelotons import Pelotons
from bot.gcpause import gc_paused
from bot.storage import claims as claims_db
from bot.storage import people as people_db
from bot.storage import teams as teams_db
from bot.storage.db import Database, connect, latest_version

log = logging.getLogger(__name__)


def prominence(
    this_year: int,
    *,
    last_season: int | None = None,
    seasons: int = 0,
    stories: int = 0,
    last_news: str | None = None,
    nicknames: int = 0,
) -> float:
    """Who a fan most likely means (0-1): in the stories, many seasons, active lately, and known
    well enough to have a nickname. See docs/matching.md, "Prominence"."""
    latest = max(
        last_season or 0, int(last_news[:4]) if last_news and last_news[:4].isdigit() else 0
    )
    recency = max(0.0, 1.0 - 0.1 * max(0, this_year - latest)) if latest else 0.0
    score = (
        0.30 * recency
        + 0.15 * min(1.0, seasons / 10)  # registry seasons are Tour finishes only: a weak sign
        + 0.30 * min(1.0, math.log1p(stories) / math.log1p(5))
        + 0.25 * min(1.0, nicknames)
    )
    return min(1.0, score)


def person_detail(nationality: str | None, role: str, team: str | None) -> str:
    nat = f"({nationality}) " if nationality else ""
    return f"{nat}- {role.replace('_', ' ')}" + (f", {team}" if team else "")


def person_entry(
    person: Person, team: str | None, prior: float, sort_name: str | None = None
) -> NameEntry:
    return NameEntry(
        ref=EntityRef(EntityKind.PERSON, person.id),
        label=person.name,
        names=(person.name, *person.aliases),
        sort_name=sort_name,
        prior=prior,
        detail=person_detail(person.nationality, person.role.value, team),
    )


def team_entry(team: Team, aliases: list[str], prior: float) -> NameEntry:
    latest = team.names[-1] if team.names else None
    span = ""
    if latest is not None:
        span = f"{latest.first_season}–" if latest.last_season is None else str(latest.last_season)
    return NameEntry(
        ref=EntityRef(EntityKind.TEAM, team.id),
        label=team.current_name,
        names=(*(n.name for n in team.names), *aliases),
        sort_name=None,
        prior=prior,
        detail=f"- team, {span}" if span else "- team",
    )


# A change to the index and the scope map, kept while a background rebuild runs and replayed
# onto the new index before the swap: without it the swap would undo the change.
Change = Callable[[NameIndex, dict[EntityRef, int]], None]


def _put(entry: NameEntry, guild_id: int | None, index: NameIndex, local: dict) -> None:
    index.add(entry)
    if guild_id is not None:
        local[entry.ref] = guild_id
    else:
        local.pop(entry.ref, None)


def _unscope(ref: EntityRef, index: NameIndex, local: dict) -> None:
    local.pop(ref, None)


def _drop(ref: EntityRef, index: NameIndex, local: dict) -> None:
    index.remove(ref)
    local.pop(ref, None)


class Directory:
    """Resolves typed names to people and teams, within a guild's scope."""

    def __init__(
        self,
        index: NameIndex,
        local: dict[EntityRef, int],
        *,
        path: Path | None = None,
        year: int | None = None,
        cache: Path | None = None,
    ) -> None:
        self.index = index
        # Guild-local entities (few): ref -> guild id. Everything else is global. Changed only
        # through add / make_global / remove, which a background rebuild replays.
        self.local = local
        self.year = year or datetime.now(UTC).year
        self._path, self._cache = path, cache
        self._refresh: asyncio.Task[None] | None = None
        self._replay: list[Change] = []
        self._again = False  # a refresh was asked for while one ran
        self._pelotons: Pelotons | None = None  # read when a reader first asks, then kept

    @classmethod
    async def build(
        cls, db: Database, *, this_year: int | None = None, cache: Path | None = None
    ) -> Directory:
        """Read every name once and fold it once into the index.

        With `cache`, a previous start's index is reused when nothing changed since (same
        audit position, schema and matching code), and reused *stale* while a fresh one is
        built in the background when something did: start-up stays fast either way.
        """
        year = this_year or datetime.now(UTC).year
        key = await _fingerprint(db, year)
        path = db.path
        if cache is not None:
            found = await asyncio.to_thread(_load_cache, cache)
            if found is not None:
                cached_key, index, local = found
                directory = cls(index, local, path=path, year=year, cache=cache)
                if cached_key != key:
                    directory._refresh = asyncio.create_task(directory._rebuild(key))
                log.info(
                    "name index loaded from %s (%s)",
                    cache,
                    "fresh" if cached_key == key else "refreshing",
                )
                return directory
        index, local = await asyncio.to_thread(_build_sync, path, year)
        if cache is not None:
            await asyncio.to_thread(_save_cache, cache, key, index, local)
        return cls(index, local, path=path, year=year, cache=cache)

    def refresh(self) -> None:
        """Rebuild the index from the database in the background (after a bulk change)."""
        if self._path is None:
            return
        if self._refresh is not None and not self._refresh.done():
            self._again = True  # the running one may have read the database before the change
            return
        self._refresh = asyncio.create_task(self._rebuild(None))

    async def _rebuild(self, key: str | None) -> None:
        """Build a fresh index off the event loop, then swap it in with the changes made meanwhile."""
        assert self._path is not None
        path, year = self._path, self.year
        try:
            if key is None:
                key = await asyncio.to_thread(_fingerprint_at, path, year)
            index, local = await asyncio.to_thread(_build_sync, path, year)
        except Exception:
            log.exception("refreshing the name index failed; keeping the current one")
            self._replay.clear()
            return
        for change in self._replay:
            change(index, local)
        self.index, self.local = index, local
        self._pelotons = None
        self._replay.clear()
        if self._again:
            self._again = False
            self._refresh = asyncio.create_task(self._rebuild(None))
        if self._cache is not None:
            await asyncio.to_thread(_save_cache, self._cache, key, index, local)

    async def close(self) -> None:
        """Stop a background refresh (its result would be written to a closing database's cache)."""
        if self._refresh is not None and not self._refresh.done():
            self._refresh.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._refresh

    def pelotons(self) -> Pelotons:
        """The team groups riders share (men's, women's), read once from the database.

        Synchronous: the reader asks from its worker thread. Only an import or a registry merge
        writes memberships, so only a rebuild or a reread forgets it (a claim or a moderator's
        edit does not: reading every membership again cost ~290 ms at 100k people).
        """
        found = self._pelotons
        if found is None:
            found = self._pelotons = (
                _read_pelotons(self._path) if self._path is not None else Pelotons()
            )
        return found

    def visible(self, ref: EntityRef, guild_id: int | None) -> bool:
        owner = self.local.get(ref)
        return owner is None or owner == guild_id

    def search(
        self,
        query: str,
        guild_id: int | None,
        *,
        limit: int = 25,
        kinds: set[EntityKind] | None = None,
    ) -> list[Match]:
        # Over-fetch a little so that other guilds' private entries never crowd out results.
        found = self.index.search(query, limit=limit + 5 if self.local else limit, kinds=kinds)
        return [m for m in found if self.visible(m.ref, guild_id)][:limit]

    def resolve(
        self, query: str, guild_id: int | None, *, kinds: set[EntityKind] | None = None
    ) -> Resolution:
        res = self.index.resolve(query, kinds=kinds)
        if not self.local:
            return res
        candidates = [m for m in res.candidates if self.visible(m.ref, guild_id)]
        best = res.best if res.best and self.visible(res.best.ref, guild_id) else None
        if res.outcome == "match" and best is None:
            return Resolution(outcome="none", best=None, candidates=candidates[:3])
        if res.outcome == "ambiguous" and len(candidates) < 2:
            # another guild's entries made it a question: one left is a suggestion, not a menu
            return Resolution(outcome="none", best=None, candidates=candidates[:3])
        return Resolution(outcome=res.outcome, best=best, candidates=candidates)

    # -- changes (each replayed by a background rebuild) ------------------------------------
    def _change(self, change: Change) -> None:
        if self._refresh is not None and not self._refresh.done():
            self._replay.append(change)
        change(self.index, self.local)

    def add(self, entry: NameEntry, guild_id: int | None) -> None:
        """Add or replace an entity, local to `guild_id` (None: global)."""
        self._change(partial(_put, entry, guild_id))

    def make_global(self, ref: EntityRef) -> None:
        """Let every guild see `ref` (a promoted story's person)."""
        self._change(partial(_unscope, ref))

    def remove(self, ref: EntityRef) -> None:
        """Forget an entity that is no longer in the database."""
        self._change(partial(_drop, ref))

    def update(
        self, entries: Iterable[tuple[NameEntry, int | None]], gone: Iterable[EntityRef]
    ) -> None:
        """Apply what the database now holds for some entities (see bot/services/changes.py)."""
        for entry, guild_id in entries:
            self.add(entry, guild_id)
        for ref in gone:
            if ref in self.index:
                self.remove(ref)

    async def reread(self, refs: Collection[EntityRef]) -> None:
        """Read these entities again now (after a registry merge); many rebuild the whole index."""
        if self._path is None or not refs:
            return
        self._pelotons = None  # the merge may have written memberships
        if len(refs) > REREAD_LIMIT:
            self.refresh()
            if self._refresh is not None:
                await asyncio.shield(self._refresh)
            return
        people = sorted(r.id for r in refs if r.kind is EntityKind.PERSON)
        teams = sorted(r.id for r in refs if r.kind is EntityKind.TEAM)
        entries, gone = await asyncio.to_thread(
            _read_entries_at, self._path, people, teams, self.year
        )
        self.update(entries, gone)


# Up to this many changed entities are read one by one; more rebuild the index off the loop.
REREAD_LIMIT = 2000


# -- building, and the on-disk cache -------------------------------------------------------
def _build_sync(db_path: Path, year: int) -> tuple[NameIndex, dict[EntityRef, int]]:
    """Read every name with a plain sqlite3 connection and build the index (worker thread)."""
    with gc_paused():  # a quarter of the build at 100k names was the GC rescanning the index
        return _read_and_build(db_path, year)


def _read_pelotons(db_path: Path) -> Pelotons:
    conn = connect(db_path, readonly=True)
    try:
        return Pelotons(people_db.read_memberships(conn))
    finally:
        conn.close()


def _read_news(db_path: Path) -> dict[int, tuple[str, int]]:
    conn = connect(db_path, readonly=True)
    try:
        return claims_db.news_stats(conn)
    finally:
        conn.close()


def _read_and_build(db_path: Path, year: int) -> tuple[NameIndex, dict[EntityRef, int]]:
    # sqlite releases the GIL while it scans the claims: that runs beside reading the people
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="names-news") as pool:
        reading_news = pool.submit(_read_news, db_path)
        conn = connect(db_path, readonly=True)
        try:
            teams, team_aliases = teams_db.read_teams(conn)
            rows = people_db.read_people_for_index(conn)
        finally:
            conn.close()
        news = reading_news.result()
    entries = _entries(teams, team_aliases, rows, news, year)
    local = {entry.ref: guild for entry, guild in entries if guild is not None}
    index = NameIndex.build(entry for entry, _ in entries)
    log.info("name index built: %d entities", len(entries))
    return index, local


def read_entries(
    conn: sqlite3.Connection, person_ids: list[int], team_ids: list[int], year: int
) -> tuple[list[tuple[NameEntry, int | None]], list[EntityRef]]:
    """The index entries of some people and teams as the database holds them now, and the refs
    among them that it no longer holds (synchronous, for a worker thread)."""
    rows = people_db.read_people_for_index(conn, person_ids)
    wanted = sorted(set(team_ids) | {r.last_team_id for r in rows if r.last_team_id})
    teams, team_aliases = teams_db.read_teams(conn, wanted)
    news = claims_db.news_stats(conn, person_ids)
    entries = _entries(teams, team_aliases, rows, news, year, set(team_ids))
    found = {entry.ref for entry, _ in entries}
    asked = [EntityRef(EntityKind.PERSON, i) for i in person_ids]
    asked += [EntityRef(EntityKind.TEAM, i) for i in team_ids]
    return entries, [ref for ref in asked if ref not in found]


def _read_entries_at(
    db_path: Path, person_ids: list[int], team_ids: list[int], year: int
) -> tuple[list[tuple[NameEntry, int | None]], list[EntityRef]]:
    conn = connect(db_path, readonly=True)
    try:
        return read_entries(conn, person_ids, team_ids, year)
    finally:
        conn.close()


def _entries(
    teams: dict[int, Team],
    team_aliases: dict[int, list[str]],
    rows: list[people_db.PersonIndexRow],
    news: dict[int, tuple[str, int]],
    year: int,
    only_teams: set[int] | None = None,
) -> list[tuple[NameEntry, int | None]]:
    """Index entries with their guild (None: global) for these teams and people."""
    out: list[tuple[NameEntry, int | None]] = []
    for team in teams.values():
        if only_teams is not None and team.id not in only_teams:
            continue  # read only for a person's detail line
        last = team.names[-1].last_season if team.names else None
        prior = 0.8 if last is None or last >= year - 1 else 0.3
        out.append((team_entry(team, team_aliases.get(team.id, []), prior), team.guild_id))
    # many people share a team and season, a nationality and a role: one detail string each
    details: dict[tuple[str | None, str, int | None, int | None], str] = {}
    person = EntityKind.PERSON
    for row in rows:
        pid, name, sort_name, role, nationality, guild_id, season, team_id, aliases = row[:9]
        dkey = (nationality, role, team_id, season)
        detail = details.get(dkey)
        if detail is None:
            last_team = teams.get(team_id) if team_id else None
            team_name = last_team.name_in(season) if last_team else None
            detail = details[dkey] = person_detail(nationality, role, team_name)
        last_news, stories = news.get(pid, (None, 0))
        prior = prominence(
            year, last_season=season, seasons=row.seasons, stories=stories,
            last_news=last_news, nicknames=row.nicknames,
        )  # fmt: skip
        entry = NameEntry(EntityRef(person, pid), name, (name, *aliases), sort_name, prior, detail)
        out.append((entry, guild_id))
    return out


def _code_version() -> str:
    """Changes whenever the matching code does, so a cache never outlives its format (this
    module's too: it makes the priors and detail lines)."""
    digest = hashlib.sha256()
    for source in (matching.__file__, names.__file__, __file__):
        digest.update(Path(source or "").read_bytes())
    return digest.hexdigest()[:16]


def _key(row: Iterable[object] | None, year: int) -> str:
    parts = [*(row or ()), latest_version(), year, _code_version()]
    return "/".join(str(p) for p in parts)


async def _fingerprint(db: Database, year: int) -> str:
    """What the index was built from: every change writes an audit row, so its last id says it."""
    return _key(await people_db.names_fingerprint(db.conn), year)


def _fingerprint_at(db_path: Path, year: int) -> str:
    """`_fingerprint` on a connection of its own (worker thread)."""
    conn = connect(db_path, readonly=True)
    try:
        return _key(people_db.read_names_fingerprint(conn), year)
    finally:
        conn.close()


_CACHE_FORMAT = 1


def _load_cache(path: Path) -> tuple[str, NameIndex, dict[EntityRef, int]] | None:
    # The cache is our own file next to the database, trusted as much as the database itself.
    try:
        with path.open("rb") as fh:
            fmt, code, key, index, local = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged or foreign file is rebuilt, never trusted
        log.warning("ignoring the name index cache %s: %s", path, exc)
        return None
    if fmt != _CACHE_FORMAT or code != _code_version() or not isinstance(index, NameIndex):
        return None
    return key, index, local


def _save_cache(path: Path, key: str, index: NameIndex, local: dict[EntityRef, int]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("wb") as fh:
            pickle.dump((_CACHE_FORMAT, _code_version(), key, index, local), fh, protocol=5)
        tmp.replace(path)  # atomic: a crash leaves the old cache or the new one, never half
    except OSError as exc:
        log.warning("could not write the name index cache %s: %s", path, exc)
