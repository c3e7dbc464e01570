"""The console adapter: the same commands as on Discord, rendered as text."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shlex
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.domain.answer import Answer, Section, error
from bot.domain.help import help_answer
from bot.domain.text import InvalidInput, is_number
from bot.services.container import Services
from bot.services.news import Duplicate, NotAllowed, NotFound
from bot.storage.audit import Actor

log = logging.getLogger(__name__)

CONSOLE_ACTOR = Actor(None, "console (bot owner)", None, is_owner=True)
HISTORY_FILE = Path.home() / ".mercato_history"

Handler = Callable[[Services, str | None, dict[str, str]], Awaitable[Answer]]


class ConsoleCommandError(Exception):
    pass


def parse_line(line: str) -> tuple[str, str | None, dict[str, str]]:
    """'/transfer mark cavendish season:2024' -> ('transfer', 'mark cavendish', {'season': '2024'})."""
    try:
        parts = shlex.split(line)
    except ValueError as exc:
        raise ConsoleCommandError(f"cannot read that line: {exc}") from None
    if not parts or not parts[0].startswith("/"):
        raise ConsoleCommandError("commands start with /, for example /transfer cavendish")
    name = parts[0][1:].lower()
    options: dict[str, str] = {}
    free: list[str] = []
    for token in parts[1:]:
        key, sep, value = token.partition(":")
        if sep and key.isidentifier() and not token.startswith("http"):
            options[key.lower()] = value
        else:
            free.append(token)
    return name, (" ".join(free) or None), options


def _int(options: dict[str, str], key: str) -> int | None:
    raw = options.get(key)
    if raw is None or raw == "":
        return None
    if not is_number(raw.removeprefix("-")) or len(raw) > 18:
        raise InvalidInput(key, "must be a whole number")
    return int(raw)


async def _transfer(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    name = o.get("name") or free
    if not name:
        raise InvalidInput("name", "is required")
    return await s.ask.transfer(name, None, _int(o, "season"))


async def _team(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    name = o.get("name") or free
    if not name:
        raise InvalidInput("name", "is required")
    return await s.ask.team(name, None, _int(o, "season"))


async def _help(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    return help_answer(set(HANDLERS))


async def _retract(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    claim_id = _int(o, "id")
    if claim_id is None:
        raise InvalidInput("id", "is required")
    claim = await s.news.retract(claim_id, o.get("reason") or free or "", CONSOLE_ACTOR)
    return Answer(title=f"Story ID {claim.id} retracted", description=claim.retracted_reason or "")


async def _promote(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    claim_id = _int(o, "id")
    if claim_id is None:
        raise InvalidInput("id", "is required")
    await s.news.promote(claim_id, CONSOLE_ACTOR)
    return Answer(title=f"Story ID {claim_id} is now global")


async def _addnews(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    from bot.services.moderation import addnews_from_options

    return await addnews_from_options(s, o, CONSOLE_ACTOR, confirm=True)


async def _editnews(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    from bot.services.moderation import edit_from_options

    return await edit_from_options(s, o, CONSOLE_ACTOR)


async def _history(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    from bot.services.moderation import history_answer

    return await history_answer(s, o.get("name") or free or "", CONSOLE_ACTOR)


async def _addarticle(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    from bot.services.articles import review_article
    from bot.services.moderation import addnews_from_options

    text = o.get("text")
    if o.get("file"):
        try:
            text = await asyncio.to_thread(Path(o["file"]).read_text, encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput("file", f"cannot read it: {exc}") from None
    review = await review_article(
        s, text=text, url=o.get("url") or free, published=o.get("published"), actor=CONSOLE_ACTOR
    )
    if not review.proposals:
        return Answer(title="No stories found", description="Nothing to propose in that text.")
    store = o.get("confirm") == "all"
    sections = []
    for n, p in enumerate(review.proposals, 1):
        status = p.options["status"]
        line = f"{p.headline} ({status})\nevidence: {p.evidence}"
        if p.missing:
            line += "\nnot storable yet: " + "; ".join(p.missing)
        elif store:
            done = await addnews_from_options(s, p.options, CONSOLE_ACTOR, confirm=True)
            line += f"\n-> {done.title}"
        sections.append(Section(f"{n}. {p.headline}", line))
    who = review.credits or review.reading.publisher or "no attribution found"
    hint = "" if store else " Add confirm:all to store them all, or use /addnews for one."
    return Answer(
        title=f"{len(review.proposals)} proposed stories",
        description=f"Attributed to: {who} ({review.role}).{hint}",
        sections=tuple(sections),
    )


HANDLERS: dict[str, Handler] = {
    "help": _help,
    "transfer": _transfer,
    "team": _team,
    "addnews": _addnews,
    "editnews": _editnews,
    "retractnews": _retract,
    "history": _history,
    "promote": _promote,
    "addarticle": _addarticle,
}


async def run_line(services: Services, line: str) -> Answer:
    """Run one console command and return its answer; errors become error answers."""
    try:
        name, free, options = parse_line(line)
        handler = HANDLERS.get(name)
        if handler is None:
            return error("Unknown command", f"/{name} is not a console command. Try /help.")
        return await handler(services, free, options)
    except ConsoleCommandError as exc:
        return error("Cannot run that", str(exc))
    except InvalidInput as exc:
        return error(f"Invalid {exc.field}", exc.problem)
    except (NotAllowed, NotFound, Duplicate) as exc:
        return error("Cannot do that", str(exc))


async def run_console(services: Services, commands: list[str], *, hint: str | None = None) -> int:
    """Run the given commands, or an interactive prompt with line editing and history."""
    if commands:
        status = 0
        for line in commands:
            answer = await run_line(services, line)
            print(answer.as_text())
            status = 1 if answer.tone.value == "error" else status
        return status
    try:
        import readline  # importing it gives input() line editing
    except ImportError:  # pragma: no cover - Windows
        readline = None  # type: ignore[assignment]
    else:
        _load_history(readline)
    if hint:
        print(hint)
    print("Mercato console. Type /help for commands, /exit to leave.")
    pending: Answer | None = None
    while True:
        try:
            line = (await asyncio.to_thread(input, "mercato> ")).strip()
        except (EOFError, KeyboardInterrupt):
            print()
            break
        if not line:
            continue
        if line in ("/exit", "/quit", "exit", "quit"):
            break
        if line.startswith("/addarticle") and "file:" not in line and "text:" not in line:
            line = await _paste_article(line)
        if pending is not None and is_number(line):
            answer = await _choose(services, pending, int(line))
        else:
            answer = await run_line(services, line)
        pending = answer if answer.choices else None
        print(answer.as_text())
        if pending is not None:
            print("Type the number of your choice.")
    if readline is not None:
        _save_history(readline)
    return 0


async def _paste_article(line: str) -> str:
    """Let the console user paste an article; it becomes the command's text option."""
    print("Paste the article's text, then a line with only a dot (.) to finish:")
    lines: list[str] = []
    while True:
        try:
            row = await asyncio.to_thread(input)
        except EOFError:
            break
        if row.strip() == ".":
            break
        lines.append(row)
    return f"{line} text:{shlex.quote(chr(10).join(lines))}"


async def _choose(services: Services, pending: Answer, n: int) -> Answer:
    if not 1 <= n <= len(pending.choices):
        return error("No such choice", f"choose a number from 1 to {len(pending.choices)}")
    value = pending.choices[n - 1].value
    season = pending.choice_args.get("season")
    line = f"/{pending.choice_command or 'transfer'} {value}" + (
        f" season:{season}" if season else ""
    )
    return await run_line(services, line)


def _load_history(readline: Any) -> None:
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY_FILE)


def _save_history(readline: Any) -> None:
    try:
        readline.set_history_length(1000)
        readline.write_history_file(HISTORY_FILE)
    except OSError as exc:
        log.debug("history not saved: %s", exc)
