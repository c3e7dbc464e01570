"""The limits every door applies to a fact: the bot's commands, the importer and the schema.

A moderator's /addnews, a data file and the CHECK constraints of the migrations agree because
they use these (the importer rejects an entry with the reason instead of failing the import).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.domain.errors import InvalidInput
from bot.domain.models import ClaimKind, Role, SourceRole, Status

NAME_MAX = 100  # a person's, team's, outlet's or journalist's name
SUMMARY_MAX = 300  # a story's or report's summary: one or two sentences of our own
FIRST_SEASON, LAST_SEASON = 1900, 2100
# A stable text key of bundled data ("mark-cavendish").
KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")
NATIONALITY = re.compile(r"[A-Z]{3}")  # an IOC code, as cycling uses them
ALIAS_KINDS = frozenset({"alias", "nickname", "short", "spelling"})
CLAIM_KINDS = frozenset(k.value for k in ClaimKind)
ROLES = frozenset(r.value for r in Role)
SOURCE_ROLES = frozenset(r.value for r in SourceRole)
# What one source can report: a story is retracted by moderators, never by a source.
SOURCE_STATUSES = frozenset(s.value for s in Status if s is not Status.RETRACTED)


def is_season(value: Any) -> bool:
    """A year a season (or a contract's end) can be: a whole number from 1900 to 2100."""
    return type(value) is int and FIRST_SEASON <= value <= LAST_SEASON


def season_or_none(value: int | None, field: str = "season") -> int | None:
    """`value` if it is None or a season (see `is_season`); else InvalidInput naming `field`."""
    if value is not None and not is_season(value):
        raise InvalidInput(field, f"must be a year between {FIRST_SEASON} and {LAST_SEASON}")
    return value


def parse_year(raw: str | None, field: str) -> int | None:
    """A year typed as text (a form, the console): None when blank; checked by the use case."""
    text = (raw or "").strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or len(text) > 9:
        raise InvalidInput(field, "must be a year like 2024")
    return int(text)


def is_date(value: Any) -> bool:
    """An ISO date, YYYY-MM-DD."""
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def stripped(value: Any, limit: int) -> str | None:
    """`value` without surrounding blanks if that is a text of 1 to `limit` characters."""
    if isinstance(value, str):
        value = value.strip()
        if 0 < len(value) <= limit:
            return value
    return None


def split_season(text: str) -> tuple[str, int | None]:
    """'cav 2024' -> ('cav', 2024): a trailing year after a name is the season it asks about.

    Only a four-digit year in range after at least one other word counts: '2024' alone stays a
    name (nothing is called that, and the resolver says so).
    """
    head, _, last = text.strip().rpartition(" ")
    if head.strip() and len(last) == 4 and last.isascii() and last.isdigit():
        year = int(last)
        if FIRST_SEASON <= year <= LAST_SEASON:
            return head.strip(), year
    return text, None
