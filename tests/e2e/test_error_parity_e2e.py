"""The same failure through Discord and through the console: the same words."""

from __future__ import annotations

import pytest

from bot.console import run_line
from bot.presentation.answer import plain
from tests.discord_double import DiscordDouble
from tests.e2e.conftest import EPHEMERAL, MOD, Mercato, embed, story

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]


@pytest.mark.parametrize(
    ("command", "options", "line"),
    [
        ("retractnews", {"id": 987654, "reason": "gone"}, "/retractnews id:987654 reason:gone"),
        (
            "addnews",
            story("cees bol", "ftp://www.cyclingnews.com/x"),
            '/addnews person:"cees bol" kind:transfer status:rumour to_team:movistar season:2025'
            ' source_url:ftp://www.cyclingnews.com/x summary:"Talks."',
        ),
        ("history", {"name": "zzqqxx"}, "/history zzqqxx"),
    ],
)
async def test_an_error_reads_the_same_on_discord_and_in_the_console(
    mercato: Mercato, double: DiscordDouble, command: str, options: dict, line: str
) -> None:
    rec = await double.invoke_command(command, options, user=MOD)
    data = (await rec.response())["data"]
    assert data["flags"] & EPHEMERAL
    on_discord = plain(f"{embed(data)['title']}\n\n{embed(data)['description']}")
    in_console = (await run_line(mercato.services, line)).as_text()
    assert on_discord == in_console
