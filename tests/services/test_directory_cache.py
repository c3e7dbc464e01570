"""The name index cache: reused when nothing changed, refreshed in the background when it did."""

from __future__ import annotations

import asyncio
import gc
import sqlite3
import threading
from pathlib import Path

import pytest

from bot.domain.models import EntityKind, EntityRef, Person, Role
from bot.services import directory as directory_mod
from bot.services.directory import Directory, person_entry
from bot.storage import claims as claims_db
from bot.storage.db import Database


async def open_db(path: Path) -> Database:
    return await Database.open(path)


async def test_a_fresh_cache_is_reused_and_answers_the_same(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "names.cache"
    db = await open_db(db_path)
    try:
        first = await Directory.build(db, cache=cache)
        assert cache.exists()
        built: list[int] = []
        real = directory_mod._build_sync
        monkeypatch.setattr(directory_mod, "_build_sync", lambda *a: built.append(1) or real(*a))
        second = await Directory.build(db, cache=cache)
        assert built == []  # loaded, not rebuilt
        assert second._refresh is None
        for query in ("cav", "morkov", "quick step", "yates"):
            a, b = first.resolve(query, None), second.resolve(query, None)
            assert (a.outcome, a.best and a.best.ref) == (b.outcome, b.best and b.best.ref)
    finally:
        await db.close()


async def test_a_stale_cache_serves_at_once_and_refreshes_in_the_background(
    db_path: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "names.cache"
    db = await open_db(db_path)
    try:
        await Directory.build(db, cache=cache)
        # A change the cache does not know: a person added with its audit row (as every write).
        async with db.transaction() as conn:
            cur = await conn.execute(
                "INSERT INTO person (key, name, role) VALUES ('zdenek-novak', 'Zdeněk Novák', 'rider')"
            )
            await conn.execute(
                "INSERT INTO audit_log (at, action, entity, entity_id) VALUES ('2026-01-01T00:00:00Z', 'create', 'person', ?)",
                (cur.lastrowid,),
            )
        stale = await Directory.build(db, cache=cache)
        assert stale._refresh is not None
        # Added while the refresh runs: must survive the swap.
        moderator_added = Person(10**9, "late-add", "Latecomer Rider", Role.RIDER)
        stale.add(person_entry(moderator_added, None, 0.5), 77)
        await stale._refresh
        assert stale.resolve("zdenek novak", None).best.label == "Zdeněk Novák"  # type: ignore[union-attr]
        assert stale.resolve("latecomer rider", 77).best.label == "Latecomer Rider"  # type: ignore[union-attr]
        assert not stale.visible(
            moderator_added_ref := stale.resolve("latecomer rider", 77).best.ref, 78
        )  # type: ignore[union-attr]
        assert moderator_added_ref.kind is EntityKind.PERSON
        # The refreshed cache is now fresh.
        again = await Directory.build(db, cache=cache)
        assert again._refresh is None
    finally:
        await db.close()


async def test_a_damaged_or_old_format_cache_is_rebuilt(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "names.cache"
    cache.write_bytes(b"not a pickle")
    db = await open_db(db_path)
    try:
        directory = await Directory.build(db, cache=cache)
        assert directory.resolve("cav", None).best.label == "Mark Cavendish"  # type: ignore[union-attr]
        monkeypatch.setattr(directory_mod, "_code_version", lambda: "other-code")
        assert directory_mod._load_cache(cache) is None  # written by other matching code
    finally:
        await db.close()


async def test_building_pauses_the_cyclic_gc_and_turns_it_back_on(db_path: Path) -> None:
    db = await open_db(db_path)
    try:
        assert gc.isenabled()
        directory = await Directory.build(db)
        assert gc.isenabled()
        assert directory.resolve("cavendish", None).outcome == "match"
        gc.disable()
        try:
            directory_mod._build_sync(db.path, 2025)
            assert not gc.isenabled()  # a caller that had it off keeps it off
        finally:
            gc.enable()
    finally:
        await db.close()


def test_news_stats_in_one_row_equal_the_grouped_query(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    try:
        conn.execute(
            "INSERT OR IGNORE INTO claim (person_id, kind, status, season, updated_at)"
            " SELECT id, 'transfer', 'rumour', 2031, '2031-01-0' || (id % 9 + 1) FROM person"
        )
        grouped = {
            pid: (latest, n)
            for pid, latest, n in conn.execute(
                "SELECT person_id, max(updated_at), count(*) FROM claim GROUP BY person_id"
            )
        }
        assert grouped
        assert claims_db.news_stats(conn) == grouped
    finally:
        conn.close()


async def test_a_story_promoted_while_the_index_refreshes_stays_global(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.config import Settings
    from bot.container import open_services
    from bot.domain.models import Actor
    from bot.services.moderation import PromoteNews
    from bot.services.news import CreatePerson

    guild, other = 111, 222
    settings = Settings(database_path=db_path, owner_ids=frozenset({1000}))
    services = await open_services(settings, data_dir=None)
    try:
        mod, owner = Actor(5, "mod", guild), Actor(1000, "owner", guild)
        created = await services.news.create_person(
            CreatePerson("Zoltan Kovacsik", "rider", "HUN"), mod
        )
        person = created.person
        team = services.directory.resolve("cofidis", None, kinds={EntityKind.TEAM}).best
        assert team is not None
        draft = services.news.draft(
            person_id=person.id, kind="transfer", status="rumour", to_team_id=team.ref.id,
            source_url="https://www.cyclingnews.com/news/kovacsik", summary="Kovacsik to Cofidis.",
            season=2025, published="2023-10-01",
        )  # fmt: skip
        added = await services.news.store(draft, mod)
        assert not services.directory.visible(EntityRef(EntityKind.PERSON, person.id), other)
        # A background refresh reads the database before the promotion and swaps in after it.
        read, release = threading.Event(), threading.Event()
        real = directory_mod._build_sync

        def slow_build(path: Path, year: int):  # type: ignore[no-untyped-def]
            built = real(path, year)
            read.set()
            release.wait(30)
            return built

        monkeypatch.setattr(directory_mod, "_build_sync", slow_build)
        services.directory.refresh()
        refreshing = services.directory._refresh
        assert refreshing is not None
        assert await asyncio.to_thread(read.wait, 30)
        await services.moderation.promote(PromoteNews(added.claim_id), owner)
        release.set()
        await refreshing
        assert services.directory.visible(EntityRef(EntityKind.PERSON, person.id), other)
        res = services.directory.resolve("zoltan kovacsik", other)
        assert res.outcome == "match" and res.best is not None and res.best.ref.id == person.id
    finally:
        await services.close()
