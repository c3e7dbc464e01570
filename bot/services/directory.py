"""The name index over people and teams, kept in step with the database."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import pickle
import sqlite3
from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from bot.domain import matching, names
from bot.domain.matching import Match, NameEntry, NameIndex, Resolution
from bot.domain.models import EntityKind, EntityRef, Person, Team
from bot.gcpause import gc_paused
from bot.storage import catalog
from bot.storage.db import Database, latest_version

log = logging.getLogger(__name__)


def _prior(last_season: int | None, last_news: str | None, this_year: int) -> float:
    """Who a fan most likely means: active recently, and recently in the news."""
    score = 0.0
    if last_season is not None:
        score += max(0.0, 0.6 - 0.06 * max(0, this_year - last_season))
    if last_news:
        score += 0.4
    return min(score, 1.0)


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


class Directory:
    """Resolves typed names to people and teams, within a guild's scope."""

    def __init__(self, index: NameIndex, local: dict[EntityRef, int]) -> None:
        self.index = index
        # Guild-local entities (few): ref -> guild id. Everything else is global.
        self.local = local
        # While a background rebuild runs, adds are replayed onto the new index before the swap.
        self._refresh: asyncio.Task[None] | None = None
        self._added: list[tuple[NameEntry, int | None]] = []

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
                directory = cls(index, local)
                if cached_key != key:
                    directory._refresh = asyncio.create_task(
                        directory._rebuild(path, year, key, cache)
                    )
                log.info(
                    "name index loaded from %s (%s)",
                    cache,
                    "fresh" if cached_key == key else "refreshing",
                )
                return directory
        index, local = await asyncio.to_thread(_build_sync, path, year)
        if cache is not None:
            await asyncio.to_thread(_save_cache, cache, key, index, local)
        return cls(index, local)

    async def _rebuild(self, path: Path, year: int, key: str, cache: Path) -> None:
        """Build a fresh index off the event loop, then swap it in with the adds made meanwhile."""
        try:
            index, local = await asyncio.to_thread(_build_sync, path, year)
        except Exception:
            log.exception("refreshing the name index failed; keeping the cached one")
            return
        for entry, guild_id in self._added:
            index.add(entry)
            if guild_id is not None:
                local[entry.ref] = guild_id
        self.index, self.local = index, local
        self._added.clear()
        await asyncio.to_thread(_save_cache, cache, key, index, local)

    async def close(self) -> None:
        """Stop a background refresh (its result would be written to a closing database's cache)."""
        if self._refresh is not None and not self._refresh.done():
            self._refresh.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._refresh

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
        return Resolution(outcome=res.outcome, best=best, candidates=candidates)

    def add(self, entry: NameEntry, guild_id: int | None) -> None:
        if self._refresh is not None and not self._refresh.done():
            self._added.append((entry, guild_id))
        self.index.add(entry)
        if guild_id is not None:
            self.local[entry.ref] = guild_id
        else:
            self.local.pop(entry.ref, None)

    # -- after a registry merge (Wikidata sync) ---------------------------------------------
    async def refresh(
        self, db_path: Path, refs: Collection[EntityRef], *, this_year: int | None = None
    ) -> None:
        """Re-read `refs` into the index after a registry merge; rebuild it when they are many."""
        year = this_year or datetime.now(UTC).year
        if len(refs) > REFRESH_LIMIT:
            index, local = await asyncio.to_thread(_build_sync, db_path, year)
            for entry, guild_id in self._added:
                index.add(entry)
                if guild_id is not None:
                    local[entry.ref] = guild_id
            self.index, self.local = index, local
            self._added.clear()
            return
        for entry, guild_id in await asyncio.to_thread(_entries_for, db_path, refs, year):
            self.add(entry, guild_id)


# Up to this many changed entities are added one by one; more rebuild the index off the loop.
REFRESH_LIMIT = 2000


def _entries_for(
    db_path: Path, refs: Collection[EntityRef], year: int
) -> list[tuple[NameEntry, int | None]]:
    """Index entries for some people and teams, built as `_read_and_build` builds them."""
    from bot.storage.registry import read_index_rows, read_last_news_of

    people = {r.id for r in refs if r.kind == EntityKind.PERSON}
    team_ids = {r.id for r in refs if r.kind == EntityKind.TEAM}
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        teams, team_aliases = catalog.read_teams(conn)
        rows = read_index_rows(conn, people)
        last_news = read_last_news_of(conn, people)
    finally:
        conn.close()
    out: list[tuple[NameEntry, int | None]] = []
    for tid in team_ids & teams.keys():
        team = teams[tid]
        last = team.names[-1].last_season if team.names else None
        prior = 0.8 if last is None or last >= year - 1 else 0.3
        out.append((team_entry(team, team_aliases.get(tid, []), prior), team.guild_id))
    for pid, name, sort_name, role, nationality, guild_id, season, team_id, aliases in rows:
        last_team = teams.get(team_id) if team_id else None
        detail = person_detail(nationality, role, last_team.name_in(season) if last_team else None)
        prior = _prior(season, last_news.get(pid), year)
        ref = EntityRef(EntityKind.PERSON, pid)
        out.append((NameEntry(ref, name, (name, *aliases), sort_name, prior, detail), guild_id))
    return out


# -- building, and the on-disk cache -------------------------------------------------------
def _build_sync(db_path: Path, year: int) -> tuple[NameIndex, dict[EntityRef, int]]:
    """Read every name with a plain sqlite3 connection and build the index (worker thread)."""
    with gc_paused():  # a quarter of the build at 100k names was the GC rescanning the index
        return _read_and_build(db_path, year)


def _read_news(db_path: Path) -> dict[int, str]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return catalog.read_last_news(conn)
    finally:
        conn.close()


def _read_and_build(db_path: Path, year: int) -> tuple[NameIndex, dict[EntityRef, int]]:
    # sqlite releases the GIL while it scans the claims: that runs beside reading the people
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="names-news") as pool:
        reading_news = pool.submit(_read_news, db_path)
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            teams, team_aliases = catalog.read_teams(conn)
            rows = catalog.read_people_for_index(conn)
        finally:
            conn.close()
        last_news = reading_news.result()
    entries: list[NameEntry] = []
    local: dict[EntityRef, int] = {}
    for team in teams.values():
        last = team.names[-1].last_season if team.names else None
        prior = 0.8 if last is None or last >= year - 1 else 0.3
        entries.append(team_entry(team, team_aliases.get(team.id, []), prior))
        if team.guild_id is not None:
            local[EntityRef(EntityKind.TEAM, team.id)] = team.guild_id
    # many people share a team and season, a nationality and a role: one detail string each
    details: dict[tuple[str | None, str, int | None, int | None], str] = {}
    person = EntityKind.PERSON
    for pid, name, sort_name, role, nationality, guild_id, season, team_id, aliases in rows:
        dkey = (nationality, role, team_id, season)
        detail = details.get(dkey)
        if detail is None:
            last_team = teams.get(team_id) if team_id else None
            team_name = last_team.name_in(season) if last_team else None
            detail = details[dkey] = person_detail(nationality, role, team_name)
        ref = EntityRef(person, pid)
        prior = _prior(season, last_news.get(pid), year)
        entries.append(NameEntry(ref, name, (name, *aliases), sort_name, prior, detail))
        if guild_id is not None:
            local[ref] = guild_id
    index = NameIndex.build(entries)
    log.info("name index built: %d entities", len(entries))
    return index, local


def _code_version() -> str:
    """Changes whenever the matching code does, so a cache never outlives its format."""
    digest = hashlib.sha256()
    for module in (matching, names):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()[:16]


async def _fingerprint(db: Database, year: int) -> str:
    """What the index was built from: every change writes an audit row, so its last id says it."""
    row = await db.fetchone(
        "SELECT (SELECT max(id) FROM audit_log), (SELECT count(*) FROM person),"
        " (SELECT count(*) FROM alias), (SELECT count(*) FROM team_name)"
    )
    parts = [*(row or ()), latest_version(), year, _code_version()]
    return "/".join(str(p) for p in parts)


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
