"""Page buttons outlive the process that sent them: a restarted bot still turns the pages.

The buttons carry what a click needs (who may press, which page, how to rebuild the answer) in
their custom ids, so no view is kept per message. One double and two bots in turn on one
database file, as after a deploy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.models import Actor, EntityKind
from tests.conftest import copy_db
from tests.discord_double import DiscordDouble, patch_discord
from tests.e2e.conftest import (
    EPHEMERAL,
    GUILD_ID,
    MOD,
    PLAIN,
    bot_settings,
    buttons,
    embed,
    fields,
    make_world,
    running_mercato,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]


async def test_page_buttons_work_after_a_restart(tmp_path: Path, bundled_db: Path) -> None:
    guilds, dm_users = make_world()
    double = DiscordDouble(guilds=guilds, dm_users=dm_users)
    await double.start()
    settings = bot_settings(copy_db(bundled_db, tmp_path / "mercato.sqlite3"))
    try:
        with patch_discord(double):
            double.begin_test()
            async with running_mercato(double, settings) as (_, s):
                person = s.directory.resolve("geraint thomas", GUILD_ID).best
                team = s.directory.resolve("cofidis", GUILD_ID, kinds={EntityKind.TEAM}).best
                assert person is not None and team is not None
                for season in range(2011, 2020):
                    draft = s.news.draft(
                        person_id=person.ref.id, kind="transfer", status="rumour",
                        to_team_id=team.ref.id, season=season, published="2010-06-01",
                        source_url=f"https://www.cyclingnews.com/news/g-{season}",
                        summary=f"A rumour for {season}.",
                    )  # fmt: skip
                    await s.news.store(draft, Actor(MOD.id, "mod", GUILD_ID))
                rec = await double.invoke_command("transfer", {"name": "g thomas"}, user=PLAIN)
                first = await rec.response()
                message = await rec.final_message()
            assert embed(first["data"])["footer"]["text"].endswith("Page 1/2")
            next_id = buttons(message)["Next"]
            assert next_id.startswith(f"mercato:page:{PLAIN.id}:1:next:person:")

            # A new process on the same database: the old message's buttons still answer.
            async with running_mercato(double, settings) as (_, s2):
                other = await (await double.click(message, next_id, user=MOD)).response()
                assert other["data"]["flags"] & EPHEMERAL
                assert "belong to the person who asked" in other["data"]["content"]

                page2 = await (await double.click(message, next_id, user=PLAIN)).response()
                assert page2["type"] == 7
                assert embed(page2["data"])["footer"]["text"].endswith("Page 2/2")
                assert fields(page2["data"])[-2][0] == "2011 · Transfer · 💬 Rumour"
                assert page2["data"]["allowed_mentions"] == {"parse": []}
                row = page2["data"]["components"][0]["components"]
                assert [(b["label"], b["disabled"]) for b in row] == [
                    ("Previous", False),
                    ("Next", True),
                ]
                back = await (
                    await double.click(message, row[0]["custom_id"], user=PLAIN)
                ).response()
                assert embed(back["data"])["footer"]["text"].endswith("Page 1/2")
                assert fields(back["data"])[0][0] == "2019 · Transfer · 💬 Rumour"

                # A click that fails gets the one error handler's answer, not silence.
                async def broken(request: object) -> None:
                    raise RuntimeError("the database went away")

                s2.ask.person = broken  # type: ignore[method-assign,assignment]
                failed = await (await double.click(message, next_id, user=PLAIN)).response()
                assert failed["type"] == 4
                assert failed["data"]["flags"] & EPHEMERAL
                assert embed(failed["data"])["title"] == "Something went wrong"
                assert embed(double.messages[int(message["id"])])["footer"]["text"].endswith(
                    "Page 1/2"
                )
            double.end_test()
    finally:
        await double.stop()
