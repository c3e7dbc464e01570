"""The console adapter runs the same use cases as Discord, as the bot owner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.console import (
    NATIONALITY_QUESTION,
    ROLE_QUESTION,
    Session,
    parse_line,
    run_console,
    run_line,
)
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
        " confirm:yes"
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
    assert (
        f"console (bot owner) retracted story ID {claim_id} (it was official): “Bad source”"
    ) in history


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


async def interactive(
    services: Services, lines: list[str], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> str:
    """What the interactive console prints for `lines` typed one after the other."""
    typed = iter(lines)

    def fake_input(prompt: str = "") -> str:
        try:
            return next(typed)
        except StopIteration:
            raise EOFError from None

    monkeypatch.setattr("builtins.input", fake_input)
    monkeypatch.setattr("bot.console.HISTORY_FILE", Path("/nonexistent/history"))
    await run_console(services, [])
    return str(capsys.readouterr().out)


async def test_typing_a_number_runs_that_choice(
    services: Services, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    out = await interactive(services, ["/transfer yates", "2"], monkeypatch, capsys)
    listed, answered = out.split("Type the number of your choice.")
    second = listed.split("  2. ")[1].split(" - ")[0]
    assert second in ("Adam Yates", "Simon Yates")
    assert answered.lstrip().startswith(second + "\n")
    assert "Invalid name" not in out


async def test_a_wrong_number_asks_again_and_a_command_moves_on(services: Services) -> None:
    session = Session(services)
    await session.feed("/transfer yates")
    answer, text = await session.feed("7")
    assert answer.title == "No such choice"
    assert text.endswith("Type the number of your choice.")
    answer, _ = await session.feed("/transfer cav")
    assert answer.title == "Mark Cavendish" and session.pending is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("/transfer ben o'connor", "Ben O'Connor"),
        ("/transfer Ben O'Connor season:2025", "Ben O'Connor"),
        ('/transfer "ben o\'connor"', "Ben O'Connor"),
        ("/transfer cav 2024", "Mark Cavendish"),
        ("/team astana 2024", "Astana Qazaqstan Team · 2024"),
        ("/team quick step 2023", "Soudal Quick-Step · 2023"),
    ],
)
async def test_free_text_is_the_first_option_and_a_trailing_year_the_season(
    services: Services, line: str, title: str
) -> None:
    answer = await run_line(services, line)
    assert answer.title == title


async def test_a_trailing_year_filters_the_stories(services: Services) -> None:
    stories = (await run_line(services, "/transfer cav 2024")).as_text()
    assert "## 2024 · Retirement postponed" in stories
    assert (await run_line(services, "/transfer cav 2019")).description.endswith(
        "No transfer news is stored for 2019."
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/transfer ben o'connor", ("transfer", "ben o'connor", {})),
        ("/transfer 'ben o'connor'", ("transfer", "ben o'connor", {})),
        ('/addnews summary:"it\'s done"', ("addnews", None, {"summary": "it's done"})),
        ("/addnews summary:'it'\"'\"'s done'", ("addnews", None, {"summary": "it's done"})),
        ('/addnews summary:"not closed', ("addnews", None, {"summary": "not closed"})),
        ("/announce channel #transfer-news", ("announce", "channel #transfer-news", {})),
        ("/transfer https://example.org/x", ("transfer", "https://example.org/x", {})),
    ],
)
def test_parse_line_reads_apostrophes_as_letters(
    line: str, expected: tuple[str, str | None, dict[str, str]]
) -> None:
    assert parse_line(line) == expected


STORY = (
    "/addnews person:{person} kind:transfer status:official to_team:cofidis season:2025"
    ' source_url:https://www.cyclingnews.com/news/console-{n} summary:"Signs with Cofidis."'
)


async def test_follow_and_announce_print_what_would_be_sent(services: Services) -> None:
    session = Session(services, interactive=False)
    for line, title in [
        ("/follow cees bol", "Following Cees Bol"),
        ("/following", "Following"),
        ("/announce channel transfer-news", "Announcement channel set"),
        ("/announce instant on", "Instant posts on"),
        ("/announce role transfer-fans", "Role set"),
        ("/announce digest daily time:18:00 timezone:Europe/Brussels", "Digest scheduled"),
        ("/announce window on", "Transfer window posts on"),
        ("/config modrole moderators", "Moderator role"),
    ]:
        answer, text = await session.feed(line)
        assert answer.title == title, text
    _, text = await session.feed("/announce status")
    assert "## Channel\n#transfer-news" in text and "mentioning @transfer-fans" in text
    _, text = await session.feed(STORY.format(person='"cees bol"', n=1) + " confirm:yes")
    assert "→ Would send #transfer-news mentioning @transfer-fans:\n  ✅ Official: Cees Bol" in text
    assert "→ Would send a direct message to you:\n  ✅ Official: Cees Bol" in text
    assert "News about Cees Bol, which you follow." in text
    _, again = await session.feed("/announce status")
    assert "Queued: 0" in again  # delivered (printed) once, not again
    assert (await session.feed("/unfollow cees bol"))[0].title == "Unfollowed"
    assert (await session.feed("/announce off"))[0].title == "Announcements off"
    assert (await session.feed("/announce nope"))[0].title == "Invalid subcommand"


async def test_addnews_creates_a_new_person_after_asking_role_and_nationality(
    services: Services,
) -> None:
    session = Session(services)
    answer, text = await session.feed(STORY.format(person='"Jonas Newrider"', n=2))
    assert answer.title == "Unknown person" and text.endswith(ROLE_QUESTION)
    answer, text = await session.feed("wizard")
    assert answer.title == "Invalid role" and text.endswith(ROLE_QUESTION)
    assert (await session.feed("rider"))[1] == NATIONALITY_QUESTION
    answer, text = await session.feed("BEL")
    assert answer.title == "Preview: add this story?" and "Jonas Newrider" in text
    answer, _ = await session.feed("yes")
    assert answer.title.startswith("Story ID ") and answer.title.endswith(" added")
    shown = await run_line(services, "/transfer jonas newrider")
    assert shown.title == "Jonas Newrider" and shown.description.startswith("🇧🇪 BEL · Rider")


async def test_addnews_creates_a_person_from_options_in_one_line(services: Services) -> None:
    line = STORY.format(person='"Petra Newrider"', n=3)
    script = await run_line(services, line)
    assert script.title == "Invalid person"
    assert "add role: (and nationality:)" in script.description
    preview = await run_line(services, line + " role:rider nationality:NED")
    assert preview.title == "Preview only: not stored"
    stored = await run_line(services, line + " role:rider nationality:NED confirm:yes")
    assert stored.title.startswith("Story ID ")
