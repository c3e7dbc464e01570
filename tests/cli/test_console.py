"""The console adapter runs the same use cases as Discord, as the bot owner."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.console import parse_line, run_line
from bot.container import Services

SEED_ARTICLE = Path(__file__).parents[1] / "domain" / "articles" / "seed_story.txt"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/transfer cavendish", ("transfer", "cavendish", {})),
        (
            "/transfer mark cavendish season:2024",
            ("transfer", "mark cavendish", {"season": "2024"}),
        ),
        (
            '/retractnews id:3 reason:"wrong team"',
            ("retractnews", None, {"id": "3", "reason": "wrong team"}),
        ),
        (
            "/addnews source_url:https://x.example/a",
            ("addnews", None, {"source_url": "https://x.example/a"}),
        ),
    ],
)
def test_parse_line(line: str, expected: tuple[str, str | None, dict[str, str]]) -> None:
    assert parse_line(line) == expected


async def test_console_adds_merges_retracts_and_promotes_as_owner(services: Services) -> None:
    add = (
        "/addnews person:cees-bol-missing kind:transfer status:rumour to_team:cofidis season:2025"
        ' source_url:https://www.cyclingnews.com/news/console-1 summary:"Talks with Cofidis."'
    )
    missing = await run_line(services, add)
    assert missing.title == "Invalid person"
    added = await run_line(services, add.replace("cees-bol-missing", '"cees bol"'))
    assert added.title.startswith("Story ID ") and added.title.endswith(" added")
    claim_id = int(added.title.split()[2])
    merged = await run_line(
        services,
        add.replace("cees-bol-missing", '"cees bol"')
        .replace("console-1", "console-2")
        .replace("status:rumour", "status:official"),
    )
    assert merged.title == f"Source added to story ID {claim_id}"
    shown = (await run_line(services, "/transfer cees bol")).as_text()
    assert "2025 · Transfer · ✅ Official" in shown
    # The console is the bot owner: it may correct global facts.
    edited = await run_line(services, '/editnews id:1 summary:"Corrected by the owner."')
    assert edited.title == "Story ID 1 updated"
    retracted = await run_line(services, f'/retractnews id:{claim_id} reason:"Bad source"')
    assert retracted.title == f"Story ID {claim_id} retracted"
    history = (await run_line(services, "/history cees bol")).as_text()
    assert "console (bot owner)" in history and "retract claim" in history


async def test_console_addarticle_proposes_and_stores(services: Services) -> None:
    line = f"/addarticle url:https://www.cyclingweekly.com/news/console-article published:2023-09-28 file:{SEED_ARTICLE}"
    proposed = await run_line(services, line)
    assert proposed.title == "3 proposed stories"
    assert proposed.description.startswith(
        "Attributed to: La Gazzetta dello Sport, Ciro Scognamiglio (broke)"
    )
    stored = await run_line(services, line + " confirm:all")
    assert (
        stored.as_text().count("-> Source added to story ID") == 3
    )  # merged into the global stories


async def test_unknown_command_and_bad_options_are_clear(services: Services) -> None:
    assert (await run_line(services, "/nope")).title == "Unknown command"
    assert (await run_line(services, "/transfer cav season:20x4")).title == "Invalid season"
    # Unicode digits that str.isdigit() accepts but int() refuses (found by hypothesis).
    assert (await run_line(services, "/transfer cav season:²⁰²⁴")).title == "Invalid season"
    assert (await run_line(services, "/editnews id:1 season:²")).title == "Invalid season"
    assert (await run_line(services, "transfer cav")).title == "Cannot run that"
