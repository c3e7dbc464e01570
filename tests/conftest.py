"""Shared fixtures: real SQLite files, the bundled data loaded once per session."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from bot.config import Settings
from bot.presentation.answer import Answer
from bot.presentation.stories import ask_answer
from bot.services.ask import Question
from bot.storage.db import Database
from bot.storage.loader import load_bundled
from tests.discord_double.guard import install_loopback_guard

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

# Tests talk to nothing but 127.0.0.1: any other connection attempt fails loudly.
install_loopback_guard()

# Property tests check what a function gives, never how fast: Hypothesis's default 200 ms
# deadline per example failed a test once on a 2-core machine busy with other jobs.
settings.register_profile("mercato", deadline=None)
settings.load_profile("mercato")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with the bundled data, built once; tests copy it before writing."""
    path = tmp_path_factory.mktemp("bundled") / "template.sqlite3"
    import asyncio

    async def build() -> None:
        db = await Database.open(path)
        await db.close()

    asyncio.run(build())
    load_bundled(path, DATA_DIR)
    return path


def copy_db(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def db_path(tmp_path: Path, bundled_db: Path) -> Path:
    """A private copy of the bundled database for one test."""
    return copy_db(bundled_db, tmp_path / "mercato.sqlite3")


@pytest.fixture
async def services(db_path: Path) -> AsyncIterator[object]:
    from bot.container import open_services

    settings = Settings(database_path=db_path, owner_ids=frozenset({1000}))
    s = await open_services(settings, data_dir=None)
    s.ask.today = lambda: date(2023, 10, 20)
    s.news.today = lambda: date(2023, 10, 20)
    yield s
    await s.close()


async def transfer_answer(
    services: Any, query: str, guild_id: int | None = None, season: int | None = None
) -> Answer:
    """What /transfer answers, as both adapters render it."""
    result = await services.ask.ask(Question(query, guild_id, season))
    return ask_answer(result, "transfer", season)


async def team_answer(
    services: Any, query: str, guild_id: int | None = None, season: int | None = None
) -> Answer:
    """What /team answers, as both adapters render it."""
    result = await services.ask.ask(Question(query, guild_id, season, teams_only=True))
    return ask_answer(result, "team", season)
