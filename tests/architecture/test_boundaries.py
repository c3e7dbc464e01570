"""Boundaries the layers rely on: SQL only in bot/storage, connections opened in one module,
services typed on the bot."""

from __future__ import annotations

import ast
import re
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"
SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(UNIQUE\s+)?(TABLE|INDEX)|DROP\s+(TABLE|INDEX)|PRAGMA\s+\w+|BEGIN(\s+IMMEDIATE)?$)",
    re.DOTALL,
)


def sql_strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that read as SQL, with their line numbers."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if SQL.search(text):
            found.append((node.lineno, text[:60]))
    return found


def test_the_pattern_finds_sql() -> None:
    assert SQL.search("SELECT id FROM claim WHERE person_id = ?")
    assert SQL.search("UPDATE outbox SET state = 'dead'")
    assert not SQL.search("Select one from the suggestions.")
    assert not SQL.search("Pick one: you can update the summary, set the season")


def test_no_sql_outside_storage() -> None:
    offenders = [
        f"{path.relative_to(BOT.parent)}:{line}: {text!r}"
        for path in sorted(BOT.rglob("*.py"))
        if "storage" not in path.relative_to(BOT).parts[:1]
        for line, text in sql_strings(path)
    ]
    assert offenders == []


CONNECT = re.compile(r"\b(sqlite3|aiosqlite)\.connect\(")


def test_connections_are_opened_in_storage_db_only() -> None:
    """One set of PRAGMAs and one busy timeout: every connection comes from bot/storage/db.py."""
    offenders = [
        f"{path.relative_to(BOT.parent)}:{n}"
        for path in sorted(BOT.rglob("*.py"))
        if path != BOT / "storage" / "db.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CONNECT.search(line)
    ]
    assert offenders == []


def test_the_cogs_read_their_services_typed() -> None:
    """The bot takes its services in its constructor: no attribute is patched on afterwards."""
    offenders = [
        f"{path.relative_to(BOT.parent)}:{n}"
        for path in sorted(BOT.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "attr-defined" in line
    ]
    assert offenders == []
