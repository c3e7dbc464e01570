"""Merge, status, scope and audit rules of the news service, on a real database."""

from __future__ import annotations

import json

import pytest

from bot.container import Services
from bot.domain.errors import Duplicate, InvalidInput, NotAllowed, NotFound
from bot.domain.models import Actor, EntityKind, Status
from bot.services.moderation import EditNews, PromoteNews, RetractNews
from bot.storage.check import check_database
from tests.conftest import transfer_answer

GUILD, OTHER = 111, 222
MOD = Actor(5, "mod", GUILD)
OTHER_MOD = Actor(6, "othermod", OTHER)
OWNER = Actor(1000, "owner", GUILD)


def ref(services: Services, name: str, kind: EntityKind) -> int:
    res = services.directory.resolve(name, None, kinds={kind})
    assert res.best is not None
    return res.best.ref.id


def draft(
    services: Services, url: str, status: str = "rumour", published: str = "2023-10-01", **kw
):  # type: ignore[no-untyped-def]
    return services.news.draft(
        person_id=ref(services, "cees bol", EntityKind.PERSON),
        kind=kw.pop("kind", "transfer"),
        status=status,
        source_url=url,
        summary=kw.pop("summary", "Bol is said to be close to Cofidis."),
        to_team_id=ref(services, "cofidis", EntityKind.TEAM),
        season=kw.pop("season", 2025),
        published=published,
        **kw,
    )


async def audit_rows(services: Services, entity: str, entity_id: int) -> list[dict]:
    rows = await services.db.fetchall(
        "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id",
        (entity, entity_id),
    )
    return [dict(r) for r in rows]


async def test_same_claim_reported_again_is_one_claim_with_a_stronger_status(
    services: Services,
) -> None:
    first = await services.news.store(draft(services, "https://www.cyclingnews.com/a"), MOD)
    assert not first.merged and first.new_status is Status.RUMOUR
    second = await services.news.store(
        draft(services, "https://www.cyclingweekly.com/b", "confirmed"), MOD
    )
    assert second.merged and second.claim_id == first.claim_id
    assert (second.old_status, second.new_status) == (Status.RUMOUR, Status.CONFIRMED)
    weaker = await services.news.store(draft(services, "https://www.lequipe.fr/c", "reported"), MOD)
    assert weaker.new_status is Status.CONFIRMED  # a weaker source never lowers it
    count = await services.db.fetchone("SELECT count(*) FROM claim WHERE guild_id = ?", (GUILD,))
    assert count[0] == 1


async def test_a_denial_is_stored_and_shown(services: Services) -> None:
    await services.news.store(
        draft(services, "https://www.cyclingnews.com/d1", "reported", "2023-10-01"), MOD
    )
    result = await services.news.store(
        draft(services, "https://www.cyclingnews.com/d2", "denied", "2023-10-05"), MOD
    )
    assert result.new_status is Status.DENIED
    answer = await transfer_answer(services, "cees bol", GUILD)
    assert answer.sections[0].name == "2025 · Transfer · ❌ Denied"
    assert "denied by Cyclingnews on 5 October 2023" in answer.description


async def test_the_same_article_twice_for_the_same_story_is_refused(services: Services) -> None:
    first = await services.news.store(
        draft(services, "https://www.cyclingnews.com/same?utm_source=x"), MOD
    )
    with pytest.raises(Duplicate) as info:
        await services.news.store(draft(services, "http://cyclingnews.com/same#top"), MOD)
    assert info.value.claim_id == first.claim_id


async def test_every_write_is_audited_with_old_and_new_values(services: Services) -> None:
    added = await services.news.store(draft(services, "https://www.cyclingnews.com/audit"), MOD)
    await services.moderation.edit(EditNews(added.claim_id, season=2026), MOD)
    await services.moderation.retract(RetractNews(added.claim_id, "Wrong rider"), MOD)
    rows = await audit_rows(services, "claim", added.claim_id)
    assert [r["action"] for r in rows] == ["create", "update", "retract"]
    assert all(r["actor_id"] == MOD.id and r["guild_id"] == GUILD and r["at"] for r in rows)
    update = rows[1]
    assert json.loads(update["old_values"]) == {"season": 2025}
    assert json.loads(update["new_values"]) == {"season": 2026}
    assert json.loads(rows[2]["new_values"]) == {
        "status": "retracted",
        "retracted_reason": "Wrong rider",
    }
    assert check_database(services.settings.database_path) == []


async def test_a_failed_write_leaves_nothing_behind(services: Services) -> None:
    async def boom(conn, event):  # type: ignore[no-untyped-def]
        raise RuntimeError("announcement hook failed")

    services.events.hooks.append(boom)
    before = await services.db.fetchone(
        "SELECT (SELECT count(*) FROM claim), (SELECT count(*) FROM report), (SELECT count(*) FROM audit_log)"
    )
    with pytest.raises(RuntimeError):
        await services.news.store(draft(services, "https://www.cyclingnews.com/boom"), MOD)
    after = await services.db.fetchone(
        "SELECT (SELECT count(*) FROM claim), (SELECT count(*) FROM report), (SELECT count(*) FROM audit_log)"
    )
    assert tuple(before) == tuple(after)


async def test_guild_scope_isolation_and_owner_powers(services: Services) -> None:
    added = await services.news.store(draft(services, "https://www.cyclingnews.com/scope"), MOD)
    assert (
        "No transfer news is stored."
        in (await transfer_answer(services, "cees bol", OTHER)).description
    )
    with pytest.raises(NotFound):
        await services.moderation.retract(RetractNews(added.claim_id, "not ours"), OTHER_MOD)
    with pytest.raises(NotAllowed):
        await services.moderation.retract(RetractNews(1, "global"), MOD)  # the seed's global story
    with pytest.raises(NotAllowed):
        await services.moderation.promote(PromoteNews(added.claim_id), MOD)
    await services.moderation.promote(PromoteNews(added.claim_id), OWNER)
    assert (await transfer_answer(services, "cees bol", OTHER)).sections[
        0
    ].name == "2025 · Transfer · 💬 Rumour"


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("source_url", {"url": "ftp://example.com/x"}),
        ("source_url", {"url": "https://localhost/x"}),
        ("summary", {"summary": "x" * 301}),
        ("outlet", {"url": "https://unknown-site.example/x"}),
        ("season", {"season": 1800}),
        ("published", {"published": "yesterday"}),
        ("kind", {"kind": "teleport"}),
    ],
)
async def test_bad_fields_are_named_and_nothing_is_stored(
    services: Services, field: str, kwargs: dict
) -> None:
    url = kwargs.pop("url", "https://www.cyclingnews.com/ok")
    with pytest.raises(InvalidInput) as info:
        await services.news.store(draft(services, url, **kwargs), MOD)
    assert info.value.field == field
    count = await services.db.fetchone("SELECT count(*) FROM claim WHERE guild_id = ?", (GUILD,))
    assert count[0] == 0


async def test_an_unknown_status_lists_the_valid_ones(services: Services) -> None:
    with pytest.raises(InvalidInput) as info:
        draft(services, "https://www.cyclingnews.com/ok", status="maybe")
    assert info.value.message == (
        "Status must be one of rumour, reported, confirmed, official, denied."
    )
