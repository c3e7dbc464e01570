"""The console adapter: the same commands as on Discord, rendered as text."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shlex
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.container import Services
from bot.domain.errors import InvalidInput, MercatoError
from bot.domain.models import Actor
from bot.domain.rules import parse_year
from bot.domain.text import is_number
from bot.presentation import articles as article_answers
from bot.presentation import moderation as moderation_answers
from bot.presentation.answer import Answer, error
from bot.presentation.errors import error_answer as presented_error
from bot.presentation.help import help_answer
from bot.presentation.stories import ask_answer
from bot.services.articles import ConfirmProposals, EditProposal, Proposal, ReviewArticle
from bot.services.ask import Question
from bot.services.moderation import EditNews, PromoteNews, RetractNews, ShowHistory
from bot.services.news import Added, AddNews, UnknownPerson

log = logging.getLogger(__name__)

CONSOLE_ACTOR = Actor(None, "console (bot owner)", None, is_owner=True)
HISTORY_FILE = Path.home() / ".mercato_history"

Handler = Callable[[Services, str | None, dict[str, str]], Awaitable[Answer]]


class ConsoleCommandError(MercatoError):
    """The line cannot be run as a command."""

    title = "Cannot run that"


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
    season = _int(o, "season")
    return ask_answer(await s.ask.ask(Question(name, None, season)), "transfer", season)


async def _team(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    name = o.get("name") or free
    if not name:
        raise InvalidInput("name", "is required")
    season = _int(o, "season")
    return ask_answer(
        await s.ask.ask(Question(name, None, season, teams_only=True)), "team", season
    )


async def _help(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    return help_answer(set(HANDLERS))


def _story_id(o: dict[str, str], hint: str = "") -> int:
    claim_id = _int(o, "id")
    if claim_id is None:
        raise InvalidInput("id", "is required" + hint)
    return claim_id


async def _retract(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    request = RetractNews(_story_id(o), o.get("reason") or free or "")
    return moderation_answers.retracted_answer(await s.moderation.retract(request, CONSOLE_ACTOR))


async def _promote(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    result = await s.moderation.promote(PromoteNews(_story_id(o)), CONSOLE_ACTOR)
    return moderation_answers.promoted_answer(result)


def add_request(o: dict[str, Any], *, confirm: bool) -> AddNews:
    """/addnews options as the console reads them (text) to the use case's request."""
    return AddNews(
        person=o.get("person"), kind=o.get("kind") or "transfer",
        status=o.get("status") or "reported", source_url=o.get("source_url"),
        summary=o.get("summary"), to_team=o.get("to_team") or None,
        from_team=o.get("from_team") or None, season=parse_year(o.get("season"), "season"),
        contract_end=parse_year(o.get("contract_end"), "contract_end"), outlet=o.get("outlet"),
        journalist=o.get("journalist"), published=o.get("published"), confirm=confirm,
    )  # fmt: skip


async def _addnews(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    result = await s.news.add(add_request(o, confirm=True), CONSOLE_ACTOR)
    if isinstance(result, UnknownPerson):  # the console cannot offer to create them
        return moderation_answers.unknown_person_error(result)
    assert isinstance(result, Added)
    return moderation_answers.added_answer(result)


async def _editnews(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    raw_id = o.get("id")
    if raw_id is None or not is_number(raw_id):
        raise InvalidInput("id", "is required: it is shown under each story")
    request = EditNews(
        int(raw_id), summary=o.get("summary"), kind=o.get("kind"),
        season=parse_year(o.get("season"), "season"),
        contract_end=parse_year(o.get("contract_end"), "contract_end"),
        to_team=o.get("to_team"), from_team=o.get("from_team"),
    )  # fmt: skip
    return moderation_answers.edited_answer(await s.moderation.edit(request, CONSOLE_ACTOR))


async def _history(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    view = await s.moderation.history(ShowHistory(o.get("name") or free or ""), CONSOLE_ACTOR)
    return moderation_answers.history_answer(view)


async def _addarticle(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    text = o.get("text")
    if o.get("file"):
        try:
            text = await asyncio.to_thread(Path(o["file"]).read_text, encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput("file", f"cannot be read: {exc}") from None
    request = ReviewArticle(text, o.get("url") or free, o.get("published"))
    review = await s.articles.review(request, CONSOLE_ACTOR)
    if review.proposals:
        edited = await _edited(s, review.proposals, o)
        review = replace(review, proposals=edited, publisher=edited[0].source.outlet)
    if o.get("confirm") is None or not review.proposals:
        return article_answers.review_answer(review)
    chosen = _chosen(review.proposals, o["confirm"])
    stored = await s.articles.confirm(ConfirmProposals(chosen), CONSOLE_ACTOR)
    return article_answers.review_answer(review, stored)


# What `edit:N` may change in proposal N, as /addarticle options (the console's Edit form).
ARTICLE_EDITS = (
    "person", "details", "kind", "from_team", "to_team", "season", "contract_end", "status",
    "summary",
)  # fmt: skip


async def _edited(
    s: Services, proposals: tuple[Proposal, ...], o: dict[str, str]
) -> tuple[Proposal, ...]:
    """The proposals with the console's edits: `outlet:NAME` names the article's outlet for
    all of them; `edit:N` with field:value options changes proposal N."""
    out = list(proposals)
    if o.get("outlet") is not None:
        for i, p in enumerate(out):
            out[i] = await s.articles.edit(EditProposal(p, outlet=o["outlet"]), CONSOLE_ACTOR)
    changes = {k: o[k] for k in ARTICLE_EDITS if k in o}
    if o.get("edit") is None:
        if changes:
            raise InvalidInput(
                "edit", f"is needed to say which proposal {sorted(changes)[0]} changes"
            )
        return tuple(out)
    n = _proposal_number(o["edit"], len(out), "edit")
    if not changes:
        raise InvalidInput("edit", "needs what to change too, for example to_team:Cofidis")
    details = changes.pop("details", None)
    request = EditProposal(out[n - 1], person_details=details, **changes)
    out[n - 1] = await s.articles.edit(request, CONSOLE_ACTOR)
    return tuple(out)


def _proposal_number(raw: str, total: int, key: str) -> int:
    if not is_number(raw.strip()) or not 1 <= int(raw) <= total:
        raise InvalidInput(key, f"must be a proposal number from 1 to {total}")
    return int(raw)


def _chosen(proposals: tuple[Proposal, ...], raw: str) -> tuple[Proposal, ...]:
    """confirm:all (every complete proposal) or confirm:1,3 (those, which must be complete)."""
    if raw.strip().lower() == "all":
        return tuple(p for p in proposals if not p.missing)
    numbers = [w for w in raw.replace(",", " ").split() if w]
    if not numbers or not all(is_number(n) and 1 <= int(n) <= len(proposals) for n in numbers):
        raise InvalidInput(
            "confirm", f"must be all, or proposal numbers from 1 to {len(proposals)} like 1,3"
        )
    chosen = tuple(proposals[int(n) - 1] for n in dict.fromkeys(numbers))
    for p in chosen:
        if p.missing:
            raise InvalidInput(
                "confirm", f"proposal {p.number} needs {article_answers.console_needs(p)} first"
            )
    return chosen


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
            raise MercatoError(
                f"/{name} is not a console command. Try /help.", title="Unknown command"
            )
        return await handler(services, free, options)
    except MercatoError as exc:
        return error_answer(exc)


def error_answer(exc: MercatoError) -> Answer:
    """The console's words for an expected failure: the same as Discord's."""
    answer = presented_error(exc)
    assert answer is not None
    return answer


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
