"""The console's /addarticle: proposals, what they lack, edits and an atomic confirm."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.console import run_line
from bot.container import Services

PAST_MOVES = (
    "Two moves for next season\n\n"
    "Tom Dumoulin will join Jumbo-Visma next season, the Dutch team confirmed.\n"
    "Belgian rider Jonas Vermeulen signs for the Bergen Fjord Racing Team for next season."
)
TABLES = ("person", "team", "claim", "claim_source", "report", "audit_log")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(PAST_MOVES, encoding="utf-8")
    return path


def line(article: Path, url: str = "https://www.cyclingnews.com/news/console-past") -> str:
    return f"/addarticle url:{url} published:2019-09-01 file:{article}"


async def counts(s: Services) -> dict[str, int]:
    return {t: (await s.db.fetchall(f"SELECT count(*) FROM {t}"))[0][0] for t in TABLES}


async def test_seasons_come_from_published_and_new_ones_are_shown(
    services: Services, article: Path
) -> None:
    answer = await run_line(services, line(article))
    assert answer.title == "2 proposed stories"
    assert [s.name for s in answer.sections] == [
        "1. Tom Dumoulin moves from Team Sunweb to Team Jumbo-Visma for 2020",
        "2. Jonas Vermeulen moves to Bergen Fjord Racing Team for 2020",
    ]
    assert answer.sections[1].value.splitlines()[:3] == [
        "Jonas Vermeulen moves to Bergen Fjord Racing Team for 2020 (official)",
        "new: Jonas Vermeulen (rider, BEL)",
        "new team: Bergen Fjord Racing Team",
    ]


async def test_confirm_all_is_atomic_and_a_retry_stores_everything(
    services: Services, article: Path
) -> None:
    before = await counts(services)
    await services.db.conn.execute(
        "CREATE TEMP TRIGGER injected_fault BEFORE INSERT ON main.claim "
        "WHEN NEW.person_id IN (SELECT id FROM main.person WHERE name = 'Jonas Vermeulen') "
        "BEGIN SELECT RAISE(ABORT, 'injected fault'); END"
    )
    refused = await run_line(services, line(article) + " confirm:all")
    assert refused.title == "Nothing stored"
    assert refused.description == (
        "Proposal 2 (Jonas Vermeulen moves to Bergen Fjord Racing Team for 2020) could not be "
        "stored: it could not be written (the error was logged). Nothing was stored; edit or "
        "skip it and confirm again."
    )
    assert await counts(services) == before
    await services.db.conn.execute("DROP TRIGGER temp.injected_fault")
    stored = await run_line(services, line(article) + " confirm:all")
    text = stored.as_text()
    assert len(re.findall(r"-> Story ID \d+ added", text)) == 2, text
    assert stored.description.endswith(
        " Added: Jonas Vermeulen (person), Bergen Fjord Racing Team (team)."
    )
    after = await counts(services)
    assert after["claim"] == before["claim"] + 2
    assert (after["person"], after["team"]) == (before["person"] + 1, before["team"] + 1)
    again = await run_line(services, line(article) + " confirm:all")
    assert again.as_text().count("-> Already stored") == 2
    assert await counts(services) == after


async def test_confirm_some_by_number(services: Services, article: Path) -> None:
    before = await counts(services)
    answer = await run_line(services, line(article) + " confirm:2")
    assert "-> not selected" in answer.sections[0].value
    assert "-> " in answer.sections[1].value and "not selected" not in answer.sections[1].value
    assert (await counts(services))["claim"] == before["claim"] + 1
    bad = await run_line(services, line(article) + " confirm:3")
    assert bad.title == "Invalid confirm"


async def test_a_missing_outlet_is_given_with_outlet(services: Services, article: Path) -> None:
    url = "https://24.example/news/console"
    shown = await run_line(services, line(article, url))
    assert "needs the outlet that published it" in shown.sections[0].value
    assert 'add outlet:"NAME"' in shown.sections[0].value
    refused = await run_line(services, line(article, url) + " confirm:1")
    assert refused.title == "Invalid confirm"
    assert refused.description == 'Confirm proposal 1 needs outlet:"NAME" first.'
    stored = await run_line(services, line(article, url) + ' outlet:"24 Heures" confirm:all')
    assert stored.description == (
        "Attributed to: 24 Heures (official)."
        " Added: Jonas Vermeulen (person), Bergen Fjord Racing Team (team)."
    )
    assert [s.value.splitlines()[-1].split(" ID ")[0] for s in stored.sections] == [
        "-> Story",
        "-> Story",
    ]
    row = await services.db.fetchall("SELECT outlet FROM report WHERE url = ?", (url,))
    assert [r[0] for r in row] == ["24 Heures"]


async def test_edit_changes_one_proposal_and_bad_edits_are_clear(
    services: Services, article: Path
) -> None:
    edited = await run_line(services, line(article) + " edit:2 to_team:Cofidis season:2021")
    assert edited.sections[1].name == "2. Jonas Vermeulen moves to Cofidis for 2021"
    assert edited.sections[0].name.endswith("for 2020")  # the others stay as read
    bad = await run_line(services, line(article) + " edit:2 status:maybe")
    assert bad.title == "Invalid status"
    lost = await run_line(services, line(article) + " to_team:Cofidis")
    assert lost.title == "Invalid edit"
    nothing = await run_line(services, line(article) + " edit:9 to_team:Cofidis")
    assert nothing.title == "Invalid edit"
    before = await counts(services)
    assert (await run_line(services, line(article) + " edit:2 season:20x4 confirm:all")).title == (
        "Invalid season"
    )
    assert await counts(services) == before
