"""Command line: python -m bot run | start | console | db | import | export | sync wikidata."""

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
    i = sub.add_parser("import", help="merge a mercato/1 data file or a Wikidata entity dump")
    i.add_argument("file", type=Path)
    sy = sub.add_parser("sync", help="refresh the team registry from an outside source")
    sy_sub = sy.add_subparsers(dest="sync_source", required=True)
    wd = sy_sub.add_parser("wikidata", help="rosters and careers from Wikidata (resumable)")
    wd.add_argument("--since", type=int, help="first season to read (default WIKIDATA_SINCE)")
    wd.add_argument(
        "--dry-run", action="store_true", help="report what would change, write nothing"
    )
    e = sub.add_parser("export", help="write every global fact as a mercato/1 data file")
    e.add_argument("file", type=Path)
    return p


def _progress(section: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\r{section}: {done}/{total}", end=end, file=sys.stderr, flush=True)


def _bar(section: str, done: int, total: int) -> None:
    """A progress bar on a terminal (nothing when output goes to a file or a pipe)."""
    if not sys.stderr.isatty():
        return
    if total <= 0:
        print(f"\r{section}: {done}", end="", file=sys.stderr, flush=True)
        return
    filled = 30 * min(done, total) // total
    bar = "#" * filled + "-" * (30 - filled)
    end = "\n" if done >= total else ""
    print(f"\r{section:<18} [{bar}] {done}/{total}", end=end, file=sys.stderr, flush=True)


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
    from bot.storage.wikidata_files import is_wikidata_file

    if await asyncio.to_thread(is_wikidata_file, file):
        return await _import_wikidata(settings, file)
    data = read_document(file)
    report = await asyncio.to_thread(
        import_data, settings.database_path, data, name=file.name, progress=_progress
    )
    print("\n".join(report.lines()))
    return 0


async def _import_wikidata(settings: Settings, file: Path) -> int:
    from bot.container import DATA_DIR
    from bot.storage.loader import load_bundled
    from bot.storage.wikidata_files import import_wikidata_file

    # the bundled registry first, so that Wikidata's people join the ones it holds
    await asyncio.to_thread(load_bundled, settings.database_path, DATA_DIR, _progress)
    result = await asyncio.to_thread(
        import_wikidata_file, settings.database_path, file, progress=_bar
    )
    print(f"read {result.entities} entities from {file.name}")
    print("\n".join(result.report.lines()))
    for where, why in result.problems.items[:30]:
        print(f"  {where}: {why}")
    return 0


async def _sync(settings: Settings, since: int | None, dry_run: bool) -> int:
    from bot.container import DATA_DIR
    from bot.services.wikidata_sync import sync_wikidata
    from bot.sources.wikidata import WikidataClient, WikidataError, user_agent
    from bot.storage.db import Database
    from bot.storage.loader import load_bundled

    contact = settings.require_wikidata_contact()
    if since is not None and not 1900 <= since <= 2100:
        raise ConfigError("--since", f"must be a season between 1900 and 2100, got {since}")
    db = await Database.open(settings.database_path)
    await db.close()
    await asyncio.to_thread(load_bundled, settings.database_path, DATA_DIR, _progress)
    try:
        async with WikidataClient(
            sparql_url=settings.wikidata_sparql_url,
            api_url=settings.wikidata_api_url,
            user_agent=user_agent(contact),
        ) as client:
            result = await sync_wikidata(
                settings.database_path,
                client,
                since=since or settings.wikidata_since,
                dry_run=dry_run,
                progress=_bar,
            )
    except WikidataError as exc:  # what it merged is kept: the same command resumes
        raise WikidataError(f"{exc} (run the same command again to resume)") from exc
    print("\n".join(result.lines()))
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
            case "sync":
                return loop.run(_sync(settings, args.since, args.dry_run))
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
