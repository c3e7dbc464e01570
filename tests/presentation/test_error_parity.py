"""One error spine: Discord and the console word every expected failure the same way."""

from __future__ import annotations

import pytest

from bot.console import ConsoleCommandError
from bot.console import error_answer as console_error
from bot.domain.errors import (
    Duplicate,
    GuildOnly,
    InvalidInput,
    MercatoError,
    NotAdmin,
    NotAllowed,
    NotFound,
    NotModerator,
)
from bot.presentation.answer import Tone, plain
from bot.ui.errors import Refused
from bot.ui.errors import error_answer as discord_error
from bot.ui.render import answer_pages

ERRORS: list[MercatoError] = [
    InvalidInput("name", "is required"),
    InvalidInput("season", "must be a year between 1900 and 2100"),
    InvalidInput("source_url", "The link must start with http:// or https://"),
    InvalidInput("person", "“cav” matches several: Mark Cavendish; Ben Cavendish."),
    InvalidInput("changes", "Nothing to change: give summary or season"),
    NotFound("no story with ID 12 in this server"),
    NotAllowed("story ID 1 is global; only the bot owners can change it"),
    Duplicate("this article is already a source of story ID 8", 8),
    NotModerator(),
    NotAdmin(),
    GuildOnly(),
    ConsoleCommandError("commands start with /, for example /transfer cavendish"),
    MercatoError("/nope is not a console command. Try /help.", title="Unknown command"),
]


def discord_text(exc: BaseException) -> str:
    answer = discord_error(exc)
    assert answer is not None
    embed = answer_pages(answer)[0]
    assert answer.ephemeral and answer.tone is Tone.ERROR
    return plain(f"{embed.title}\n\n{embed.description}")


@pytest.mark.parametrize("exc", ERRORS, ids=lambda e: f"{type(e).__name__}-{e.title}")
def test_discord_and_the_console_say_the_same_words(exc: MercatoError) -> None:
    assert discord_text(exc) == console_error(exc).as_text()


@pytest.mark.parametrize("exc", ERRORS, ids=lambda e: f"{type(e).__name__}-{e.title}")
def test_a_refused_check_shows_the_error_behind_it(exc: MercatoError) -> None:
    assert discord_text(Refused(exc)) == discord_text(exc)


@pytest.mark.parametrize(
    ("exc", "title", "text"),
    [
        (InvalidInput("name", "is required"), "Invalid name", "Name is required."),
        (
            InvalidInput("source_url", "is empty"),
            "Invalid source_url",
            "Source URL is empty.",
        ),
        (
            InvalidInput("to_team", "is required for a transfer"),
            "Invalid to_team",
            "To team is required for a transfer.",
        ),
        (NotFound("no story with ID 3 in this server"), "Not found", "No story with ID 3 in this server."),
        (NotModerator(), "Moderators only", "You need the Manage Messages permission or this server's moderator role."),
    ],
)  # fmt: skip
def test_an_error_keeps_its_subject(exc: MercatoError, title: str, text: str) -> None:
    assert (exc.title, exc.message) == (title, text)


def test_a_bug_is_not_worded_as_an_expected_failure() -> None:
    assert discord_error(RuntimeError("boom")) is None


def test_the_console_shows_discord_mentions_as_plain_references() -> None:
    assert plain("Announcements go to <#7002>; posts mention <@&8004>.") == (
        "Announcements go to channel 7002; posts mention role 8004."
    )
