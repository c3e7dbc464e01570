"""Issue 15 through the Discord double: what a fan and a moderator hit in their first hour."""

from __future__ import annotations

import pytest

from tests.discord_double import DiscordDouble
from tests.e2e.conftest import EPHEMERAL, Mercato, embed, fields

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]


async def test_a_trailing_year_in_the_name_is_the_season(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command("transfer", {"name": "cav 2019"})
    data = (await rec.response())["data"]
    assert embed(data)["title"] == "Mark Cavendish"
    assert embed(data)["description"].endswith("No transfer news is stored for 2019.")
    rec = await double.invoke_command("team", {"name": "astana 2024"})
    data = (await rec.response())["data"]
    assert not data.get("flags", 0) & EPHEMERAL
    assert embed(data)["title"] == "Astana Qazaqstan Team · 2024"
    assert fields(data)[0][0].startswith("Arrivals")
