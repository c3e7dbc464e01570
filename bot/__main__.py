"""Command line: python -m bot run | start | console | db migrate|check|backup | import | export."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

from bot import loop
from bot.config import ConfigError, Settings, load_settings
from bot.domain.errors import MercatoError
from bot.log import setup_logging
from bot.storage.db import StorageError

log = logging.getLogger("bot")

CONNECT_HINT = (
    "No DISCORD_TOKEN in .env: running the console. Add a token to .env to connect to Discord."
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="Mercato, cycling transfer news.")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="connect to Discord (needs DISCORD_TOKEN)")
    r.add_argument("--sync", action="store_true", help="register the slash commands globally first")
    sub.add_parser("start", help="connect to Discord if a token is set, else open the console")
    c = sub.add_parser("console", help="run commands locally; give commands to run them and exit")
    c.add_argument("commands", nargs="*", help='e.g. "/transfer cavendish"')
    db = sub.add_parser("db", help="database maintenance")
    dbsub = db.add_subparsers(dest="db_command", required=True)
    dbsub.add_parser("migrate", help="apply pending migrations")
    dbsub.add_parser("check", help="integrity, foreign keys and the model's invariants")
    b = dbsub.add_parser("backup", help="consistent copy with SQLite's online backup API")
    b.add_argument("path", type=Path)
    i = sub.add_parser("import", help="merge a mercato/1 data file")
    i.add_argument("file", type=Path)
    e = sub.add_parser("export", help="write every global fact as a mercato/1 data file")
    e.add_argument("file", type=Path)
    return p


def _progress(section: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\r{section}: {done}/{total}", end=end, file=sys.stderr, flush=True)


async def _console(settings: Settings, commands: list[str], hint: str | None = None) -> int:
    from bot.console import run_console
    from bot.container import open_services

    services = await open_services(settings, progress=_progress)
    try:
        return await run_console(services, commands, hint=hint)
    finally:
        await services.close()


async def _run(settings: Settings) -> int:
    from bot.app import run_bot

    token = settings.require_token()
    await run_bot(settings, token)
    return 0


async def _migrate(settings: Settings) -> int:
    from bot.storage.db import Database

    db = await Database.open(settings.database_path, migrate=False)
    try:
        applied = await db.migrate()
        print(
            f"database at schema version {await db.user_version()} ({applied} migration(s) applied)"
        )
    finally:
        await db.close()
    return 0


async def _check(settings: Settings) -> int:
    from bot.storage.check import check_database
    from bot.storage.db import Database

    if not settings.database_path.exists():
        raise StorageError(f"no database at {settings.database_path}")
    db = await Database.open(settings.database_path, migrate=False)
    await db.close()
    problems = await asyncio.to_thread(check_database, settings.database_path)
    for p in problems:
        print(p)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


async def _backup(settings: Settings, target: Path) -> int:
    from bot.storage.backup import backup

    await asyncio.to_thread(backup, settings.database_path, target)
    print(f"backup written to {target}")
    return 0


async def _import(settings: Settings, file: Path) -> int:
    from bot.storage.db import Database
    from bot.storage.document import read_document
    from bot.storage.loader import import_data

    db = await Database.open(settings.database_path)
    await db.close()
    data = read_document(file)
    report = await asyncio.to_thread(
        import_data, settings.database_path, data, name=file.name, progress=_progress
    )
    print("\n".join(report.lines()))
    return 0


async def _export(settings: Settings, file: Path) -> int:
    from bot.storage.db import Database
    from bot.storage.export import export_data

    db = await Database.open(settings.database_path)
    await db.close()
    data = await asyncio.to_thread(export_data, settings.database_path)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    await asyncio.to_thread(file.write_text, text, encoding="utf-8")
    print(f"exported {len(data['people'])} people, {len(data['claims'])} claims to {file}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"{exc.title.lower()}: {exc}", file=sys.stderr)
        return exc.exit_code
    level = settings.log_level
    console = args.command == "console" or (args.command == "start" and not settings.discord_token)
    if console and level == "INFO":
        level = "WARNING"  # the console's output is the answer; start-up chatter goes unseen
    setup_logging(level, secrets=(settings.discord_token or "",))
    try:
        match args.command:
            case "run":
                return loop.run(_run(replace(settings, sync_global=args.sync)))
            case "start":
                if settings.discord_token:
                    return loop.run(_run(settings))
                return loop.run(_console(settings, [], hint=CONNECT_HINT))
            case "console":
                return loop.run(_console(settings, args.commands))
            case "import":
                return loop.run(_import(settings, args.file))
            case "export":
                return loop.run(_export(settings, args.file))
            case "db":
                match args.db_command:
                    case "migrate":
                        return loop.run(_migrate(settings))
                    case "check":
                        return loop.run(_check(settings))
                    case "backup":
                        return loop.run(_backup(settings, args.path))
    except MercatoError as exc:  # configuration, storage and import errors: one readable line
        print(f"{exc.title.lower()}: {exc}", file=sys.stderr)
        return exc.exit_code
    except sqlite3.Error as exc:
        print(f"storage error: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
