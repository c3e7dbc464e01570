"""The console adapter: the same commands as on Discord, rendered as text."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import shlex
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from bot.console_server import CONSOLE_GUILD_ID, CONSOLE_USER_ID, ConsoleServer, deliver
from bot.container import Services
from bot.domain.errors import Duplicate, InvalidInput, MercatoError
from bot.domain.models import Actor, Role
from bot.domain.rules import parse_year
from bot.domain.schedule import WEEKDAYS
from bot.domain.text import is_number
from bot.presentation import announce as announce_answers
from bot.presentation import articles as article_answers
from bot.presentation import desk as desk_answers
from bot.presentation import moderation as moderation_answers
from bot.presentation.answer import Answer, Picture, error
from bot.presentation.errors import error_answer as presented_error
from bot.presentation.help import help_answer
from bot.presentation.history import history_answer
from bot.presentation.illustrations import illustrate
from bot.presentation.stories import ask_answer
from bot.services.announce import SetChannel, SetDigest, SetInstant, SetRole, SetWindow
from bot.services.articles import ConfirmProposals, EditProposal, Proposal, ReviewArticle
from bot.services.ask import Question
from bot.services.desk import EDITABLE, AddFeed, Decide, EditStory, FilterFeed, RemoveFeed, TestFeed
from bot.services.follows import Follow, Unfollow
from bot.services.guilds import SetImages, SetModRole
from bot.services.moderation import EditNews, MergeNews, PromoteNews, RetractNews, ShowHistory
from bot.services.news import Added, AddNews, CreatePerson, Preview, UnknownPerson

log = logging.getLogger(__name__)

# The console is the bot owner: its stories are global. Follows and server settings belong to
# a user in a server, so for those it is the user of its own server (bot/console_server.py).
CONSOLE_ACTOR = Actor(None, "console (bot owner)", None, is_owner=True)
SERVER_ACTOR = Actor(CONSOLE_USER_ID, "console (bot owner)", CONSOLE_GUILD_ID, is_owner=True)
SERVER = ConsoleServer()
HISTORY_FILE = Path.home() / ".mercato_history"


@dataclass(frozen=True, slots=True)
class Prompt:
    """An answer that needs one more line from the user: a number, a role, yes or no."""

    answer: Answer | None  # printed before the question
    question: str
    then: Callable[[str], Awaitable[Answer | Prompt]]
    unattended: Answer | None = None  # what a script (nobody to ask) gets instead

    def unattended_answer(self) -> Answer:
        """The answer when nobody can answer the question."""
        found = self.unattended or self.answer
        assert found is not None
        return found


Reply = Answer | Prompt
Handler = Callable[[Services, str | None, dict[str, str]], Awaitable[Reply]]


class ConsoleCommandError(MercatoError):
    """The line cannot be run as a command."""

    title = "Cannot run that"


_OPTION = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?!//)")


def parse_line(line: str) -> tuple[str, str | None, dict[str, str]]:
    """'/transfer mark cavendish season:2024' -> ('transfer', 'mark cavendish', {'season': '2024'}).

    `key:value` words are options; a value with spaces is quoted ("..." or '...'). Every other
    word is free text, the command's first option, read as typed: an apostrophe inside a word
    (o'connor) is a letter, not a quote.
    """
    text = line.strip()
    if not text.startswith("/") or len(text) < 2 or text[1].isspace():
        raise ConsoleCommandError("commands start with /, for example /transfer cavendish")
    head, *tail = text.split(maxsplit=1)
    rest = tail[0] if tail else ""
    options: dict[str, str] = {}
    free: list[str] = []
    i = 0
    while True:
        while i < len(rest) and rest[i].isspace():
            i += 1
        if i >= len(rest):
            break
        option = _OPTION.match(rest, i)
        value, i = _word(rest, option.end() if option else i)
        if option:
            options[option[1].lower()] = value
        else:
            free.append(value)
    return head[1:].lower(), (" ".join(free) or None), options


def _word(text: str, i: int) -> tuple[str, int]:
    """The word at `i` and where it ends: quoted as a shell does when it starts with a quote."""
    if i < len(text) and text[i] in "\"'":
        quoted = _quoted(text, i)
        if quoted is not None:
            return quoted
        # An unclosed quote: the rest of the line is the value, without its quote marks.
        return text[i + 1 :].strip().removesuffix(text[i]).strip(), len(text)
    end = i
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[i:end], end


def _quoted(text: str, i: int) -> tuple[str, int] | None:
    """Shell-style quoted segments up to the next blank ('it'"'"'s' is it's); None if unclosed."""
    out: list[str] = []
    while i < len(text) and not text[i].isspace():
        quote = text[i]
        if quote not in "\"'":
            out.append(quote)
            i += 1
            continue
        j = i + 1
        while j < len(text) and text[j] != quote:
            if quote == '"' and text[j] == "\\" and j + 1 < len(text):
                j += 1  # \" and \\ inside double quotes
            out.append(text[j])
            j += 1
        if j >= len(text):
            return None
        i = j + 1
    return "".join(out), i


def _int(options: dict[str, str], key: str) -> int | None:
    raw = options.get(key)
    if raw is None or raw == "":
        return None
    if not is_number(raw.removeprefix("-")) or len(raw) > 18:
        raise InvalidInput(key, "must be a whole number")
    return int(raw)


def _yes(raw: str | None, option: str) -> bool:
    """yes/no, on/off, true/false as typed."""
    text = (raw or "").strip().lower()
    if text in ("yes", "y", "on", "true", "1"):
        return True
    if text in ("", "no", "n", "off", "false", "0"):
        return False
    raise InvalidInput(option, "must be yes or no (on or off)")


def _question(o: dict[str, str], free: str | None, *, teams_only: bool = False) -> Question:
    name = o.get("name") or free
    if not name:
        raise InvalidInput("name", "is required")
    return Question.typed(name, None, _int(o, "season"), teams_only=teams_only)


async def _transfer(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    return await _asked(s, _question(o, free), "transfer")


async def _team(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    return await _asked(s, _question(o, free, teams_only=True), "team")


async def _asked(s: Services, request: Question, command: str) -> Answer:
    """/transfer and /team: the answer, with its picture unless CONSOLE_PICTURES=off."""
    result = await s.ask.ask(request)
    answer = ask_answer(result, command, request.season)
    if s.settings.console_pictures and await s.guilds.images(CONSOLE_GUILD_ID):
        answer = await illustrate(answer, result, s.painter, s.ask.today())
    return answer


async def _help(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    return help_answer(set(HANDLERS))


def _story_id(o: dict[str, str], key: str = "id", hint: str = "") -> int:
    claim_id = _int(o, key)
    if claim_id is None:
        raise InvalidInput(key, "is required" + hint)
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
        journalist=o.get("journalist"), published=o.get("published"),
        source_role=o.get("source_role") or None, credit_outlet=o.get("credit_outlet") or None,
        credit_journalist=o.get("credit_journalist") or None, confirm=confirm,
    )  # fmt: skip


async def _addnews(s: Services, free: str | None, o: dict[str, str]) -> Reply:
    """Preview the story, then store it when the user says yes (confirm:yes: at once)."""
    if free and not o.get("person"):
        o = {**o, "person": free}
    return await _add_story(s, add_request(o, confirm=False), o)


async def _add_story(s: Services, request: AddNews, o: dict[str, str]) -> Reply:
    result = await s.news.add(request, CONSOLE_ACTOR)
    if isinstance(result, UnknownPerson):
        return await _unknown_person(s, request, result, o)
    if _yes(o.get("confirm"), "confirm"):
        return await _store(s, request)

    async def store(text: str) -> Answer:
        return await _store(s, request) if _yes(text, "answer") else moderation_answers.CANCELLED

    assert isinstance(result, Preview)
    return Prompt(
        moderation_answers.preview_answer(result),
        "Store this story? Type yes to store it, no to cancel.",
        store,
        unattended=moderation_answers.unconfirmed_answer(result),
    )


async def _store(s: Services, request: AddNews) -> Answer:
    result = await s.news.add(replace(request, confirm=True), CONSOLE_ACTOR)
    if isinstance(result, UnknownPerson):
        return moderation_answers.unknown_person_error(result)
    assert isinstance(result, Added)
    return moderation_answers.added_answer(result)


async def _unknown_person(
    s: Services, request: AddNews, result: UnknownPerson, o: dict[str, str]
) -> Reply:
    """Create the person as on Discord: with role: (and nationality:), or by asking for them."""
    if result.ambiguous:
        return moderation_answers.unknown_person_error(result)
    if o.get("role"):
        return await _Creation(s, request, o).create(o["role"], o.get("nationality"))
    return Prompt(
        moderation_answers.unknown_person_answer(result),
        ROLE_QUESTION,
        _Creation(s, request, o).role,
        unattended=moderation_answers.unknown_person_error(result, creatable=True),
    )


ROLES = ", ".join(r.value for r in Role)
ROLE_QUESTION = f"Their role ({ROLES}; nothing to cancel):"
NATIONALITY_QUESTION = "Their nationality, three letters like GBR (nothing if unknown):"


class _Creation:
    """The questions before a new person is created for a story, as Discord's form asks them."""

    def __init__(self, s: Services, request: AddNews, o: dict[str, str]) -> None:
        self.s, self.request, self.o = s, request, o

    async def role(self, text: str) -> Reply:
        role = text.strip().lower()
        if not role:
            return moderation_answers.CANCELLED
        if role not in {r.value for r in Role}:
            problem = error_answer(InvalidInput("role", f"must be one of {ROLES}"))
            return Prompt(problem, ROLE_QUESTION, self.role)

        async def nationality(typed: str) -> Reply:
            return await self.create(role, typed.strip() or None)

        return Prompt(None, NATIONALITY_QUESTION, nationality)

    async def create(self, role: str, nationality: str | None) -> Reply:
        wanted = CreatePerson(self.request.person, role, nationality)
        created = await self.s.news.create_person(wanted, CONSOLE_ACTOR)
        request = replace(self.request, person=created.person.ref.value)
        return await _add_story(self.s, request, self.o)


async def _editnews(s: Services, free: str | None, o: dict[str, str]) -> Reply:
    raw_id = o.get("id")
    if raw_id is None or not is_number(raw_id):
        raise InvalidInput("id", "is required: it is shown under each story")
    request = EditNews(
        int(raw_id), summary=o.get("summary"), kind=o.get("kind"),
        season=parse_year(o.get("season"), "season"),
        contract_end=parse_year(o.get("contract_end"), "contract_end"),
        to_team=o.get("to_team"), from_team=o.get("from_team"),
    )  # fmt: skip
    try:
        return moderation_answers.edited_answer(await s.moderation.edit(request, CONSOLE_ACTOR))
    except Duplicate as exc:
        return await _offer_merge(s, MergeNews(request.claim_id, exc.claim_id), o, exc)


async def _offer_merge(s: Services, request: MergeNews, o: dict[str, str], exc: Duplicate) -> Reply:
    """An edit that would duplicate a story: merge them when the user says so (merge:yes)."""

    async def merge(text: str) -> Answer:
        if not _yes(text, "answer"):
            return moderation_answers.CANCELLED_EDIT
        return moderation_answers.merged_answer(await s.moderation.merge(request, CONSOLE_ACTOR))

    if _yes(o.get("merge"), "merge"):
        return await merge("yes")
    unattended = error_answer(exc)
    unattended = replace(unattended, footer="Add merge:yes to merge the two stories.")
    return Prompt(
        moderation_answers.merge_offer_answer(request.claim_id, request.into_id),
        "Merge them? Type yes to merge, no to leave both as they are.",
        merge,
        unattended=unattended,
    )


async def _history(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    view = await s.moderation.history(ShowHistory(o.get("name") or free or ""), CONSOLE_ACTOR)
    return history_answer(view)


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


# -- follows and the console's server (SERVER_ACTOR: the console's user in its own server) ---
async def _follow(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    channel = SERVER.channel_id(o["channel"]) if o.get("channel") else None
    request = Follow(o.get("name") or free or "", channel)
    return announce_answers.follow_answer(await s.follows.follow(request, SERVER_ACTOR))


async def _following(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    return announce_answers.following_answer(await s.follows.following(SERVER_ACTOR))


async def _unfollow(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    request = Unfollow(o.get("name") or free or "")
    return announce_answers.follow_answer(await s.follows.unfollow(request, SERVER_ACTOR))


async def _config(s: Services, free: str | None, o: dict[str, str]) -> Reply:
    return await _subcommand("config", CONFIG, s, free, o)


async def _config_modrole(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    typed = o.get("role") or free
    request = SetModRole(SERVER.role_id(typed) if typed else None)
    return moderation_answers.mod_role_answer(await s.guilds.set_mod_role(request, SERVER_ACTOR))


async def _config_images(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    request = SetImages(_on(o, free))
    return moderation_answers.images_answer(await s.guilds.set_images(request, SERVER_ACTOR))


async def _announce(s: Services, free: str | None, o: dict[str, str]) -> Reply:
    return await _subcommand("announce", ANNOUNCE, s, free, o)


async def _subcommand(
    group: str, table: dict[str, Handler], s: Services, free: str | None, o: dict[str, str]
) -> Reply:
    """'/announce instant on' runs ANNOUNCE['instant'] with the free text 'on'."""
    name, _, rest = (free or "").partition(" ")
    handler = table.get(name.lower())
    if handler is None:
        raise InvalidInput("subcommand", f"/{group} takes one of: {', '.join(table)}")
    return await handler(s, rest.strip() or None, o)


async def _announce_channel(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    request = SetChannel(SERVER.channel_id(o.get("channel") or free))
    return announce_answers.setting_answer(await s.announce.set_channel(request, SERVER_ACTOR))


async def _announce_digest(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    request = SetDigest(
        (o.get("frequency") or free or "").strip().lower(), o.get("time"), o.get("timezone"),
        _weekday(o.get("weekday")),
        _yes(o["empty_message"], "empty_message") if "empty_message" in o else None,
    )  # fmt: skip
    return announce_answers.setting_answer(await s.announce.set_digest(request, SERVER_ACTOR))


def _weekday(raw: str | None) -> int | None:
    if not raw:
        return None
    days = [d.lower() for d in WEEKDAYS]
    typed = raw.strip().lower()
    found = [n for n, d in enumerate(days) if len(typed) >= 2 and d.startswith(typed)]
    if len(found) != 1:
        raise InvalidInput("weekday", f"must be a day of the week: {', '.join(WEEKDAYS)}")
    return found[0]


def _on(o: dict[str, str], free: str | None) -> bool:
    raw = o.get("state") or free
    if (raw or "").strip().lower() not in ("on", "off"):
        raise InvalidInput("state", "must be on or off")
    return _yes(raw, "state")


async def _announce_instant(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    result = await s.announce.set_instant(SetInstant(_on(o, free)), SERVER_ACTOR)
    return announce_answers.setting_answer(result)


async def _announce_window(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    result = await s.announce.set_window(SetWindow(_on(o, free)), SERVER_ACTOR)
    return announce_answers.setting_answer(result)


async def _announce_role(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    typed = o.get("role") or free
    request = SetRole(SERVER.role_id(typed) if typed else None)
    return announce_answers.setting_answer(await s.announce.set_role(request, SERVER_ACTOR))


async def _announce_status(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    return announce_answers.status_answer(await s.announce.status(SERVER_ACTOR))


async def _announce_off(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    return announce_answers.setting_answer(await s.announce.off(SERVER_ACTOR))


# /announce and /config subcommands, as on Discord.
ANNOUNCE: dict[str, Handler] = {
    "channel": _announce_channel,
    "digest": _announce_digest,
    "instant": _announce_instant,
    "role": _announce_role,
    "window": _announce_window,
    "status": _announce_status,
    "off": _announce_off,
}
CONFIG: dict[str, Handler] = {"modrole": _config_modrole, "images": _config_images}


async def _feeds(s: Services, free: str | None, o: dict[str, str]) -> Answer:
    """/feeds add|list|remove|test|filter, and the console's review: poll|cards|confirm|skip|edit."""
    sub, _, tail = (free or "").partition(" ")
    rest = tail.strip() or None
    desk, me = s.desk, CONSOLE_ACTOR
    match sub.lower():
        case "add":
            url = o.get("url") or rest or ""
            interval = _int(o, "interval") or 15
            request = AddFeed(url, o.get("name"), _int(o, "backfill") or 0, interval)
            return desk_answers.added_answer(await desk.add(request, me))
        case "list":
            return desk_answers.list_answer(await desk.list_feeds(me))
        case "remove":
            return desk_answers.removed_answer(
                await desk.remove(RemoveFeed(o.get("feed") or rest or ""), me)
            )
        case "test":
            return desk_answers.tested_answer(
                await desk.test(TestFeed(o.get("url") or rest or ""), me)
            )
        case "filter":
            keywords = FilterFeed(o.get("feed") or rest or "", o.get("include"), o.get("exclude"))
            return desk_answers.filter_answer(await desk.filter(keywords, me))
        case "poll":
            report = await s.poller.run_once()
            polled = f"Polled {report.feeds} feed(s): {report.new_items} new item(s), {report.failed} failed."
            return desk_answers.console_cards_answer(await desk.take_cards(me), polled)
        case "cards":
            return desk_answers.console_cards_answer(await desk.take_cards(me))
        case "confirm" | "skip":
            decision = "confirmed" if sub.lower() == "confirm" else "skipped"
            changes: dict[str, object] = {k: v for k, v in o.items() if k in EDITABLE}
            if "season" in changes:
                changes["season"] = parse_year(o["season"], "season")
            click = Decide(_story_id(o, "story"), decision, changes)
            result = await desk.decide(click, me)
            return desk_answers.decided_answer(result)
        case "edit":
            return desk_answers.draft_answer(await desk.edit(EditStory(_story_id(o, "story")), me))
    raise InvalidInput(
        "feeds", "needs one of: add, list, remove, test, filter, poll, cards, confirm, skip, edit"
    )


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
    "follow": _follow,
    "following": _following,
    "unfollow": _unfollow,
    "addnews": _addnews,
    "editnews": _editnews,
    "retractnews": _retract,
    "history": _history,
    "promote": _promote,
    "addarticle": _addarticle,
    "config": _config,
    "announce": _announce,
    "feeds": _feeds,
}


# The options each command reads: a mistyped one (seasn:2024) is an error, not ignored.
# A command missing here takes any option.
_STORY = ("person", "kind", "status", "source_url", "summary", "to_team", "from_team", "season",
          "contract_end", "outlet", "journalist", "published", "source_role", "credit_outlet",
          "credit_journalist", "confirm", "role", "nationality")  # fmt: skip
OPTIONS: dict[str, tuple[str, ...]] = {
    "help": (),
    "transfer": ("name", "season"),
    "team": ("name", "season"),
    "follow": ("name", "channel"),
    "following": (),
    "unfollow": ("name",),
    "addnews": _STORY,
    "editnews": (
        "id",
        "summary",
        "kind",
        "season",
        "contract_end",
        "to_team",
        "from_team",
        "merge",
    ),
    "retractnews": ("id", "reason"),
    "history": ("name",),
    "promote": ("id",),
    "addarticle": ("url", "text", "file", "published", "outlet", "edit", "confirm", *ARTICLE_EDITS),
    "config": ("role", "state"),
    "announce": (
        "channel",
        "frequency",
        "time",
        "timezone",
        "weekday",
        "empty_message",
        "role",
        "state",
    ),
}


def _check_options(command: str, options: dict[str, str]) -> None:
    known = OPTIONS.get(command)
    if known is None:
        return
    unknown = sorted(set(options) - set(known))
    if unknown:
        takes = f"/{command} takes " + (", ".join(known) if known else "no options")
        raise MercatoError(
            f"“{unknown[0]}:” is not an option of /{command}: {takes}.", title="Unknown option"
        )


async def run_reply(services: Services, line: str) -> Reply:
    """Run one console command: its answer, or a question to ask before going on."""
    try:
        name, free, options = parse_line(line)
        handler = HANDLERS.get(name)
        if handler is None:
            raise MercatoError(
                f"/{name} is not a console command. Try /help.", title="Unknown command"
            )
        _check_options(name, options)
        reply = await handler(services, free, options)
    except MercatoError as exc:
        return error_answer(exc)
    if isinstance(reply, Answer) and reply.choices:
        return Prompt(reply, "Type the number of your choice.", partial(_choose, services, reply))
    return reply


async def run_line(services: Services, line: str) -> Answer:
    """Run one console command with nobody to ask: its answer; errors become error answers."""
    reply = await run_reply(services, line)
    return reply.unattended_answer() if isinstance(reply, Prompt) else reply


def error_answer(exc: MercatoError) -> Answer:
    """The console's words for an expected failure: the same as Discord's."""
    answer = presented_error(exc)
    assert answer is not None
    return answer


async def _choose(services: Services, pending: Answer, typed: str) -> Reply:
    """Run the command of a numbered list again with the choice typed as its number."""
    n = int(typed) if is_number(typed.strip()) and len(typed.strip()) < 4 else 0
    if not 1 <= n <= len(pending.choices):
        again = error("No such choice", f"Type a number from 1 to {len(pending.choices)}.")
        return Prompt(again, "Type the number of your choice.", partial(_choose, services, pending))
    handler = HANDLERS[pending.choice_command or "transfer"]
    try:
        return await handler(services, pending.choices[n - 1].value, dict(pending.choice_args))
    except MercatoError as exc:
        return error_answer(exc)


class Session:
    """One console conversation: a command or the answer to the question asked, then what
    would be sent because of it (follows, announcements), as the text to print."""

    def __init__(self, services: Services, *, interactive: bool = True) -> None:
        self.services = services
        self.interactive = interactive
        self.pending: Prompt | None = None

    async def feed(self, line: str) -> tuple[Answer, str]:
        """Run one line; return its answer (for the exit status) and everything to print."""
        line = line.strip()
        pending, self.pending = self.pending, None
        if pending is not None and not line.startswith("/"):
            try:
                reply = await pending.then(line)
            except MercatoError as exc:
                reply = error_answer(exc)
        else:
            reply = await run_reply(self.services, line)
        answer, parts = self._show(reply)
        if isinstance(reply, Answer) and reply.picture is not None:
            parts = [await shown(self.services, reply)]
        parts += await deliver(self.services, SERVER)
        return answer, SERVER.named("\n\n".join(p for p in parts if p))

    def _show(self, reply: Reply) -> tuple[Answer, list[str]]:
        if isinstance(reply, Answer):
            return reply, [reply.as_text()]
        if not self.interactive:
            answer = reply.unattended_answer()
            return answer, [answer.as_text()]
        self.pending = reply
        shown = reply.answer.as_text() + "\n\n" if reply.answer else ""
        return reply.answer or Answer(title=""), [shown + reply.question]


async def shown(services: Services, answer: Answer) -> str:
    """The answer as console text; its picture written to a file, whose path ends the text."""
    text = answer.as_text()
    if answer.picture is None:
        return text
    folder = services.settings.pictures_path
    try:
        path = await asyncio.to_thread(write_picture, answer.picture, folder)
    except OSError as exc:
        log.warning("the picture could not be written to %s: %s", folder, exc)
        return f"{text}\n\n(The picture could not be written to {folder}: {exc.strerror})"
    return f"{text}\n\nPicture: {path}"


def write_picture(picture: Picture, folder: Path) -> Path:
    """Write `picture` into `folder` (made if missing), whole or not at all; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / picture.filename
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(picture.png)
    partial.replace(path)
    return path


async def run_console(services: Services, commands: list[str], *, hint: str | None = None) -> int:
    """Run the given commands, or an interactive prompt with line editing and history."""
    if commands:
        session, status = Session(services, interactive=False), 0
        for line in commands:
            answer, text = await session.feed(line)
            print(text)
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
    session = Session(services)
    while True:
        try:
            line = (await asyncio.to_thread(input, "mercato> ")).strip()
        except (EOFError, KeyboardInterrupt):
            print()
            break
        if not line and session.pending is None:
            continue
        if line in ("/exit", "/quit", "exit", "quit"):
            break
        if line.startswith("/addarticle") and "file:" not in line and "text:" not in line:
            line = await _paste_article(line)
        print((await session.feed(line))[1])
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


def _load_history(readline: Any) -> None:
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY_FILE)


def _save_history(readline: Any) -> None:
    try:
        readline.set_history_length(1000)
        readline.write_history_file(HISTORY_FILE)
    except OSError as exc:
        log.debug("history not saved: %s", exc)
