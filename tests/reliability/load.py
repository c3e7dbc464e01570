"""Many moderators running /addnews + Confirm at once through the double."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from tests.discord_double import DiscordDouble, InteractionRecord
from tests.reliability.botworld import MODS, World, all_text, bot_messages, buttons, story, title


@dataclass
class LoadResult:
    records: list[InteractionRecord] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


async def people(world: World, n: int, offset: int = 0) -> list[int]:
    rows = await world.services.db.fetchall(
        "SELECT id FROM person WHERE guild_id IS NULL ORDER BY id LIMIT ? OFFSET ?", (n, offset)
    )
    return [r[0] for r in rows]


async def addnews_and_confirm(
    double: DiscordDouble, moderator: Any, person_id: int, url: str
) -> tuple[list[InteractionRecord], str]:
    rec = await double.invoke_command("addnews", story(f"person:{person_id}", url), user=moderator)
    preview = await rec.response(timeout=60)
    assert title(preview["data"]) == "Preview: add this story?", preview
    message = await rec.final_message(timeout=60)
    click = await double.click(message, buttons(message)["Confirm"], user=moderator)
    done = await click.response(timeout=60)
    return [rec, click], title(done["data"])


async def concurrent_addnews(world: World, n: int, tag: str, offset: int = 0) -> LoadResult:
    """n moderators (each a different member) add n different stories at the same moment."""
    ids = await people(world, n, offset)
    assert len(ids) == n
    results = await asyncio.gather(
        *(
            addnews_and_confirm(
                world.double,
                MODS[k % len(MODS)],
                pid,
                f"https://www.cyclingnews.com/news/{tag}-{k}",
            )
            for k, pid in enumerate(ids)
        )
    )
    out = LoadResult()
    for recs, t in results:
        out.records += recs
        out.titles.append(t)
    return out


def assert_clean_answers(world: World, result: LoadResult) -> None:
    """Each interaction answered exactly once, in time; no storage error reached anyone."""
    for rec in result.records:
        accepted = [s for s, _ in rec.callback_attempts if s == 200]
        assert len(accepted) == 1 and not rec.expired, (rec, rec.callback_attempts)
        assert rec.callback_at is not None and rec.callback_at - rec.created_at <= rec.deadline
    text = "\n".join(all_text(m) for m in bot_messages(world.double)).lower()
    assert "database is locked" not in text
    assert "something went wrong" not in text
    assert not [v for v in world.double.violations if v.kind == "late_callback"]
