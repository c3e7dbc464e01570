"""Another process's writes reach this one's name index and role cache (bot/services/changes.py).

Two `Services` on one database file, as two processes have: each its own connections. The
polls are called directly here; tests/services/test_two_processes.py runs real processes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.config import Settings
from bot.container import Services, open_services
from bot.domain.models import Actor, EntityKind, EntityRef, Person
from bot.services import changes as changes_mod
from bot.services.guilds import GuildSettings, SetModRole
from bot.services.moderation import PromoteNews
from bot.services.news import CreatePerson

GUILD, OTHER = 111, 222
MOD = Actor(5, "mod", GUILD)
OWNER = Actor(1000, "owner", GUILD)


async def _open(db_path: Path) -> Services:
    s = await open_services(
        Settings(database_path=db_path, owner_ids=frozenset({1000})), data_dir=None
    )
    s.news.today = lambda: date(2023, 10, 20)
    return s


@pytest.fixture
async def pair(db_path: Path) -> AsyncIterator[tuple[Services, Services]]:
    """Two processes' worth of services on one file: `here` writes, `there` follows."""
    here = await _open(db_path)
    there = await _open(db_path)
    yield here, there
    await there.close()
    await here.close()


async def _story(s: Services, person_id: int, url: str, actor: Actor = MOD) -> int:
    team = s.directory.resolve("cofidis", None, kinds={EntityKind.TEAM}).best
    assert team is not None
    draft = s.news.draft(
        person_id=person_id, kind="transfer", status="rumour", to_team_id=team.ref.id,
        source_url=url, summary="A rumour.", season=2025, published="2023-10-01",
    )  # fmt: skip
    return (await s.news.store(draft, actor)).claim_id


async def _person(s: Services, name: str, nationality: str | None) -> Person:
    return (await s.news.create_person(CreatePerson(name, "rider", nationality), MOD)).person


async def test_a_person_created_elsewhere_is_found_after_a_poll(
    pair: tuple[Services, Services],
) -> None:
    here, there = pair
    person = await _person(here, "Zoltan Kovacsik", "HUN")
    assert there.directory.resolve("kovacsik", GUILD).outcome == "none"
    found = await there.changes.poll()
    assert found is not None and person.id in found.person_ids
    res = there.directory.resolve("kovacsik", GUILD)
    assert res.outcome == "match" and res.best is not None and res.best.ref.id == person.id
    # local to the guild that created it, there as here
    assert there.directory.resolve("kovacsik", OTHER).outcome == "none"
    assert await there.changes.poll() is None  # nothing new: no work


async def test_a_promotion_elsewhere_makes_the_person_global_here(
    pair: tuple[Services, Services],
) -> None:
    here, there = pair
    person = await _person(here, "Zoltan Kovacsik", "HUN")
    claim_id = await _story(here, person.id, "https://www.cyclingnews.com/news/kovacsik")
    await there.changes.poll()
    ref = EntityRef(EntityKind.PERSON, person.id)
    assert not there.directory.visible(ref, OTHER)
    await here.moderation.promote(PromoteNews(claim_id), OWNER)
    await there.changes.poll()
    assert there.directory.visible(ref, OTHER)


async def test_stories_written_elsewhere_raise_the_prior(pair: tuple[Services, Services]) -> None:
    here, there = pair
    rutsch = there.directory.resolve("jonas rutsch", None).best
    assert rutsch is not None
    index = there.directory.index
    before = index._e_prior[index._find(rutsch.ref)]
    for n in range(3):
        await _story(here, rutsch.ref.id, f"https://www.cyclingnews.com/news/rutsch-{n}")
    await there.changes.poll()
    index = there.directory.index
    assert index._e_prior[index._find(rutsch.ref)] > before


async def test_a_moderator_role_set_elsewhere_replaces_the_cached_one(
    pair: tuple[Services, Services],
) -> None:
    here, there = pair
    writer = GuildSettings(here.db, here.changes)
    reader = GuildSettings(there.db, there.changes)
    assert await reader.mod_role(GUILD) is None  # cached now
    await writer.set_mod_role(SetModRole(4242), Actor(9, "admin", GUILD))
    assert await reader.mod_role(GUILD) is None  # still the cached value ...
    found = await there.changes.poll()
    assert found is not None and found.guild_ids == {GUILD}
    assert await reader.mod_role(GUILD) == 4242  # ... until the poll saw the change


async def test_a_bulk_change_rebuilds_the_index_in_the_background(
    pair: tuple[Services, Services], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here, there = pair
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO person (key, name, role) VALUES ('zdenek-novak', 'Zdeněk Novák', 'rider')"
            )
            conn.execute(
                "INSERT INTO audit_log (at, action, entity, entity_id)"
                " VALUES ('2026-01-01T00:00:00Z', 'import', 'dataset', NULL)"
            )
    finally:
        conn.close()
    found = await there.changes.poll()
    assert found is not None and found.everything
    refreshing = there.directory._refresh
    assert refreshing is not None
    await refreshing
    res = there.directory.resolve("zdenek novak", None)
    assert res.best is not None and res.best.ref.id == cur.lastrowid
    # more rows than BULK at once: also a rebuild, not row by row
    monkeypatch.setattr(changes_mod, "BULK", 2)
    for n in range(3):
        await _person(here, f"Bulk Rider{n}", None)
    found = await there.changes.poll()
    assert found is not None and found.everything


async def test_the_poller_runs_until_closed(db_path: Path) -> None:
    s = await _open(db_path)
    try:
        s.changes.start()
        task = s.changes._task
        assert task is not None and not task.done()
    finally:
        await s.close()
    assert task.done()


async def test_a_team_renamed_elsewhere_is_renamed_here(
    pair: tuple[Services, Services], db_path: Path
) -> None:
    _, there = pair
    cofidis = there.directory.resolve("cofidis", None, kinds={EntityKind.TEAM}).best
    assert cofidis is not None
    assert (await there.ask.teams.get([cofidis.ref.id]))[cofidis.ref.id].current_name == "Cofidis"
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            conn.execute(
                "UPDATE team_name SET name = 'Cofidis Crédit' WHERE team_id = ?"
                " AND last_season IS NULL",
                (cofidis.ref.id,),
            )
            conn.execute(
                "INSERT INTO audit_log (at, action, entity, entity_id)"
                " VALUES ('2026-01-01T00:00:00Z', 'update', 'team', ?)",
                (cofidis.ref.id,),
            )
    finally:
        conn.close()
    found = await there.changes.poll()
    assert found is not None and found.team_ids == {cofidis.ref.id}
    res = there.directory.resolve("cofidis credit", None)
    assert res.outcome == "match" and res.best is not None and res.best.ref == cofidis.ref
    team = (await there.ask.teams.get([cofidis.ref.id]))[cofidis.ref.id]
    assert team.current_name == "Cofidis Crédit"


async def test_team_groups_are_kept_across_stories_and_reread_after_a_merge(
    pair: tuple[Services, Services],
) -> None:
    """Reading every membership again costs ~290 ms at 100k people: a story must not force it,
    while a registry merge (the only writer of memberships besides an import) must."""
    here, there = pair
    groups = there.directory.pelotons()
    rutsch = there.directory.resolve("jonas rutsch", None).best
    assert rutsch is not None
    await _story(here, rutsch.ref.id, "https://www.cyclingnews.com/news/rutsch-groups")
    found = await there.changes.poll()
    assert found is not None and rutsch.ref.id in found.person_ids
    assert there.directory.pelotons() is groups  # kept
    await there.directory.reread([rutsch.ref])
    assert there.directory.pelotons() is not groups  # a merge's reread forgets it
