"""The news desk's use cases: following feeds (/feeds), the review channel, and the decisions on
review cards (Confirm, Edit, Skip). The poller (bot/scheduling/feeds.py) fills the desk; this
module is what moderators do with it, the same from Discord and from the console.

Confirm stores the story through the news service, one source per article, each with its link,
outlet and the item's date and a one-sentence summary of our own (never the item's text).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import aiosqlite

from bot.domain.clock import Clock, iso
from bot.domain.desk import (
    BACKFILL_MAX,
    FEED_NAME_MAX,
    FeedProblem,
    ReadRequest,
    StoryProposal,
    checked_keywords,
)
from bot.domain.errors import GuildOnly, InvalidInput, NotFound
from bot.domain.models import Actor
from bot.domain.text import clean_text, shorten
from bot.services.articles import (
    ARTICLE_MAX,
    ArticleService,
    ConfirmProposals,
    ReviewArticle,
    StoredProposal,
)
from bot.services.articles import Proposal as ArticleProposal
from bot.services.proposal_edits import EditProposal
from bot.services.proposals import (
    ProposedPerson,
    ProposedTeam,
    proposal_from_record,
    proposal_record,
)
from bot.sources.feeds import ParsedFeed, parse_feed
from bot.sources.http import NotModified, Refused, SafeFetcher, check_url, feed_key
from bot.sources.problems import Failure, Problem
from bot.storage import audit
from bot.storage import feeds as store
from bot.storage.db import Database

log = logging.getLogger(__name__)

CONSOLE_GUILD = 0  # the console's own "server": its feeds, stories and review (the terminal)
CONSOLE_CHANNEL = 0
PREVIEW_ITEMS = 5
EDITABLE = ("person", "to_team", "season", "status", "summary")
DEFAULT_INTERVAL_MIN, MIN_INTERVAL_MIN, MAX_INTERVAL_MIN = 15, 5, 24 * 60

Reader = Callable[[ReadRequest], Awaitable[Sequence[StoryProposal]]]
# Queues a story's card (post or edit) in the transaction given: bot/scheduling/cards.py.
CardQueue = Callable[..., Awaitable[int | None]]


# -- requests and results ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AddFeed:
    """/feeds add: follow a feed; `backfill` cards for its newest N items (else none at first)."""

    url: str
    name: str | None = None
    backfill: int = 0
    interval_minutes: int = DEFAULT_INTERVAL_MIN


@dataclass(frozen=True, slots=True)
class FeedAdded:
    name: str
    url: str
    kind: str
    title: str | None
    items: int
    backfill: int
    review_channel_id: int | None  # None: cards wait until /announce review sets one
    resumed: bool = False  # the server followed it already and it was paused: polled again


@dataclass(frozen=True, slots=True)
class FeedLine:
    """One feed of /feeds list, with its state."""

    name: str
    url: str
    kind: str | None
    last_fetch_at: str | None
    last_new_item_at: str | None
    items_seen: int
    items_new: int
    cards_posted: int
    status: str | None
    error: str | None
    warning: str | None
    paused: str | None
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    waiting_first_poll: bool
    interval_minutes: int = DEFAULT_INTERVAL_MIN


@dataclass(frozen=True, slots=True)
class FeedList:
    lines: tuple[FeedLine, ...]
    review_channel_id: int | None


@dataclass(frozen=True, slots=True)
class RemoveFeed:
    feed: str  # the name the server gave it


@dataclass(frozen=True, slots=True)
class FeedRemoved:
    name: str


@dataclass(frozen=True, slots=True)
class FilterFeed:
    """/feeds filter: comma-separated keywords; None or empty clears that list."""

    feed: str
    include: str | None = None
    exclude: str | None = None


@dataclass(frozen=True, slots=True)
class FilterSet:
    name: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TestFeed:
    url: str


@dataclass(frozen=True, slots=True)
class PreviewItem:
    title: str
    link: str | None
    published: date | None
    proposals: tuple[StoryProposal, ...]
    error: str | None = None  # the reader failed on this item


@dataclass(frozen=True, slots=True)
class FeedTested:
    """What a feed holds and what the desk would propose from it; nothing was stored."""

    url: str
    kind: str
    title: str | None
    total_items: int
    items: tuple[PreviewItem, ...]
    warning: str | None


@dataclass(frozen=True, slots=True)
class SetReview:
    channel_id: int


@dataclass(frozen=True, slots=True)
class ReviewSet:
    channel_id: int
    queued: int  # cards of stories found while the server had no review channel


@dataclass(frozen=True, slots=True)
class Decide:
    """A click on a review card: 'confirmed' or 'skipped'. `changes` (Edit's form) replace
    fields of every source's /addnews: person, to_team, season, status, summary."""

    story_id: int
    decision: str
    changes: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Decided:
    story_id: int
    decision: str
    by: int | None
    at: str | None
    claim_id: int | None
    headline: str
    already: bool = False  # decided before this click (by `by`, at `at`)


@dataclass(frozen=True, slots=True)
class EditStory:
    story_id: int


@dataclass(frozen=True, slots=True)
class StoryDraft:
    """Edit: what Confirm would store, as a form shows it (`fields`) and as /addnews options."""

    story_id: int
    headline: str
    options: dict[str, object]
    missing: tuple[str, ...]
    fields: dict[str, str] = field(default_factory=dict)  # EDITABLE: the values shown


# -- the service ---------------------------------------------------------------------------
class DeskService:
    """/feeds, /announce review and the review cards' buttons."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        fetcher: SafeFetcher,
        reader: Reader,
        articles: ArticleService,
        queue_card: CardQueue,
    ) -> None:
        self.db = db
        self.clock = clock
        self.fetcher = fetcher
        self.reader = reader
        self.articles = articles
        self.queue_card = queue_card

    # -- feeds ---------------------------------------------------------------------------
    async def add(self, request: AddFeed, actor: Actor) -> FeedAdded:
        """Follow a feed after fetching it once (so a bad address fails now, not later)."""
        guild = desk_guild(actor)
        if not 0 <= request.backfill <= BACKFILL_MAX:
            raise InvalidInput("backfill", f"must be a number from 0 to {BACKFILL_MAX}")
        if not MIN_INTERVAL_MIN <= request.interval_minutes <= MAX_INTERVAL_MIN:
            raise InvalidInput(
                "interval", f"must be {MIN_INTERVAL_MIN} to {MAX_INTERVAL_MIN} minutes"
            )
        url = self._checked(request.url)
        name = clean_text(request.name, "name", max_len=FEED_NAME_MAX, required=False)
        parsed = await self._fetch_feed(url)
        name = name or shorten(parsed.title or _host(url), FEED_NAME_MAX)
        now = iso(self.clock.now())
        resumed = False
        async with self.db.transaction() as conn:
            try:
                await store.add_follow(
                    conn, guild_id=guild, url=url, url_key=_key(url, self),
                    name=name, backfill=request.backfill, interval_s=request.interval_minutes * 60,
                    added_by=actor.id, now=now,
                )  # fmt: skip
            except store.DuplicateFollow as exc:
                resumed = await self._resume(conn, guild, exc, url, now)
                if not resumed:
                    raise InvalidInput("url", _duplicate_words(str(exc))) from None
            if guild == CONSOLE_GUILD and await store.review_channel(conn, guild) is None:
                await store.set_review_channel(conn, guild, CONSOLE_CHANNEL, now)
            channel = await store.review_channel(conn, guild)
        log.info("guild %s follows feed %s as %r", guild, url, name)
        return FeedAdded(
            name, url, parsed.kind, parsed.title, parsed.total_items, request.backfill, channel,
            resumed,
        )  # fmt: skip

    async def _resume(
        self, conn: aiosqlite.Connection, guild: int, exc: store.DuplicateFollow, url: str, now: str
    ) -> bool:
        """Adding a feed the server follows and that is paused resumes it."""
        follow = await store.get_follow(conn, guild, exc.follow_id or 0)
        if follow is None:
            return False
        feed = await store.get_feed(conn, follow.feed_id)
        if feed is None or feed.paused_reason is None or feed.url_key != _key(url, self):
            return False
        return await store.resume_feed(conn, feed.id, now)

    async def list_feeds(self, actor: Actor) -> FeedList:
        """The server's feeds with their state, and where cards go."""
        guild = desk_guild(actor)
        views = await store.list_follows(self.db.conn, guild)
        channel = await store.review_channel(self.db.conn, guild)
        if guild == CONSOLE_GUILD:
            channel = CONSOLE_CHANNEL  # the terminal
        return FeedList(tuple(_line(v) for v in views), channel)

    async def names(self, current: str, actor: Actor) -> list[str]:
        """The server's feed names that contain what is typed (autocomplete)."""
        typed = current.casefold().strip()
        names = await store.follow_names(self.db.conn, desk_guild(actor))
        return [n for n in names if typed in n.casefold()][:25]

    async def remove(self, request: RemoveFeed, actor: Actor) -> FeedRemoved:
        """Stop following a feed; its stories and cards stay."""
        guild = desk_guild(actor)
        async with self.db.transaction() as conn:
            follow = await self._follow(conn, guild, request.feed)
            await store.remove_follow(conn, guild, follow.id)
        return FeedRemoved(follow.name)

    async def filter(self, request: FilterFeed, actor: Actor) -> FilterSet:
        """Set the keywords an item must (include) or must not (exclude) contain."""
        guild = desk_guild(actor)
        include = checked_keywords(request.include, "include")
        exclude = checked_keywords(request.exclude, "exclude")
        async with self.db.transaction() as conn:
            follow = await self._follow(conn, guild, request.feed)
            await store.set_filter(conn, guild, follow.id, include, exclude)
        return FilterSet(follow.name, tuple(include), tuple(exclude))

    async def test(self, request: TestFeed, actor: Actor) -> FeedTested:
        """Fetch a feed once and read its newest items: what would be proposed. Stores nothing."""
        url = self._checked(request.url)
        tested = await preview_feed(self.fetcher, self.reader, url, desk_guild(actor))
        if isinstance(tested, Failure):
            raise FeedProblem(tested.message)
        return tested

    # -- the review channel --------------------------------------------------------------
    async def set_review(self, request: SetReview, actor: Actor) -> ReviewSet:
        """Send review cards to a channel; cards of stories found meanwhile are queued now."""
        guild = desk_guild(actor)
        now = self.clock.now()
        queued = 0
        async with self.db.transaction() as conn:
            await store.set_review_channel(conn, guild, request.channel_id, iso(now))
            for story in await store.stories_without_card(conn, guild):
                queued += await self.queue_card(
                    conn, guild, story.id, now, channel=request.channel_id
                ) is not None  # fmt: skip
        return ReviewSet(request.channel_id, queued)

    # -- the cards -----------------------------------------------------------------------
    async def take_cards(self, actor: Actor) -> list[dict[str, object]]:
        """The console's review "channel" is the terminal: its queued cards and notices, taken
        (marked sent) to be printed. Discord servers get theirs through the outbox."""
        guild = desk_guild(actor)
        if guild != CONSOLE_GUILD:
            raise InvalidInput("cards", "are posted in the review channel on Discord")
        async with self.db.transaction() as conn:
            rows = await store.take_review_rows(conn, guild, iso(self.clock.now()))
        return [payload for _, _, payload in rows]

    async def card_message(self, guild_id: int, story_id: int) -> int | None:
        """The message that shows the story's card, once it was posted (for an edit)."""
        story = await store.get_story(self.db.conn, guild_id, story_id)
        return story.card_message_id if story else None

    async def decide(self, request: Decide, actor: Actor) -> Decided:
        """Confirm (store the story with its sources) or skip a card; the card is then edited."""
        guild = desk_guild(actor)
        story = await self._story(guild, request.story_id)
        headline = story.proposal.headline
        if story.decision is not None:
            return _decided(story, headline, already=True)
        if request.decision == "skipped":
            return await self._skip(guild, story.id, headline, actor)
        if request.decision != "confirmed":
            raise InvalidInput("decision", "must be confirmed or skipped")
        rows = await store.source_rows(self.db.conn, guild, story.id)
        proposals = [await self._confirmable(r.proposal, request.changes, actor) for r in rows]
        now = iso(self.clock.now())
        feeds = sorted({r.follow_name or r.feed_url or "?" for r in rows})

        async def then(conn: aiosqlite.Connection, results: list[StoredProposal]) -> None:
            claim_id = results[0].claim_id if results else None
            if not await store.decide(conn, guild, story.id, "confirmed", actor.id, now, claim_id):
                raise _AlreadyDecided()  # a second click raced this one: undo everything
            await audit.record(
                conn, actor, "desk_confirm", "desk_story", story.id, None,
                {"claim_id": claim_id, "feeds": feeds, "links": [r.source.link for r in rows]},
            )  # fmt: skip
            await store.bump_revision(conn, story.id, now)
            await self.queue_card(conn, guild, story.id, self.clock.now())

        try:
            await self.articles.confirm(ConfirmProposals(tuple(proposals)), actor, then=then)
        except _AlreadyDecided:
            story = await self._story(guild, request.story_id)
            return _decided(story, headline, already=True)
        return _decided(await self._story(guild, story.id), headline)

    async def _confirmable(
        self, kept: StoryProposal, changes: Mapping[str, object], actor: Actor
    ) -> ArticleProposal:
        """A card's source as /addarticle's proposal, with the moderator's edits (Edit), and
        complete: a new person or team is created by Confirm, a missing field is asked for."""
        proposal = proposal_from_record(kept.options["proposal"])
        edits = {k: str(v) for k, v in changes.items() if k in EDITABLE}
        if edits:
            proposal = await self.articles.edit(EditProposal(proposal, **edits), actor)
        if proposal.missing:
            raise InvalidInput(
                proposal.missing[0], "is missing: press Edit and give it, then Confirm"
            )
        return proposal

    async def _skip(self, guild: int, story_id: int, headline: str, actor: Actor) -> Decided:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            if await store.decide(conn, guild, story_id, "skipped", actor.id, iso(now)):
                await audit.record(conn, actor, "desk_skip", "desk_story", story_id)
                await store.bump_revision(conn, story_id, iso(now))
                await self.queue_card(conn, guild, story_id, now)
                fresh = True
            else:
                fresh = False
        return _decided(await self._story(guild, story_id), headline, already=not fresh)

    async def edit(self, request: EditStory, actor: Actor) -> StoryDraft:
        """The /addnews the card would store (strongest source), to change and send by hand."""
        guild = desk_guild(actor)
        story = await self._story(guild, request.story_id)
        options = {k: v for k, v in story.proposal.options.items() if v not in (None, "")}
        missing = tuple(str(m) for m in options.pop("missing", None) or ())
        options.pop("confirm", None)
        p = story.proposal
        shown = {
            "person": p.person, "to_team": p.to_team or "",
            "season": str(p.season) if p.season else "", "status": story.status,
            "summary": str(options.get("summary") or p.headline),
        }  # fmt: skip
        return StoryDraft(story.id, p.headline, options, missing, shown)

    # -- helpers -------------------------------------------------------------------------
    def _checked(self, raw: str) -> str:
        try:
            return str(check_url(raw, self.fetcher.policy))
        except Refused as exc:
            raise FeedProblem(f"{Problem.REFUSED.value}: {exc.reason}") from None
        except ValueError as exc:
            raise InvalidInput("url", str(exc)) from None

    async def _fetch_feed(self, url: str) -> ParsedFeed:
        result = await self.fetcher.fetch(url)
        if isinstance(result, NotModified):  # no validators were sent: a broken server
            result = Failure(Problem.HTTP_STATUS, "304 Not Modified to a plain request", 304)
        if isinstance(result, Failure):
            raise FeedProblem(result.message)
        parsed = await asyncio.to_thread(
            parse_feed, result.body, url=result.final_url, content_type=result.content_type
        )
        if isinstance(parsed, Failure):
            raise FeedProblem(parsed.message)
        return parsed

    async def _follow(self, conn: aiosqlite.Connection, guild: int, name: str) -> store.Follow:
        follow = await store.find_follow(conn, guild, (name or "").strip())
        if follow is None:
            raise NotFound(f"this server follows no feed named “{shorten(name or '', 60)}”")
        return follow

    async def _story(self, guild: int, story_id: int) -> store.Story:
        story = await store.get_story(self.db.conn, guild, story_id)
        if story is None:
            raise NotFound("that card's story is not in this server's news desk")
        return story


class _AlreadyDecided(Exception):
    """Raised inside Confirm's transaction when another click decided first: rolls it back."""


async def preview_feed(
    fetcher: SafeFetcher, reader: Reader, url: str, guild_id: int, *, limit: int = PREVIEW_ITEMS
) -> FeedTested | Failure:
    """Fetch `url` once and read its newest `limit` items; store nothing."""
    result = await fetcher.fetch(url)
    if isinstance(result, NotModified):  # no validators were sent: a broken server
        return Failure(Problem.HTTP_STATUS, "304 Not Modified to a plain request", 304)
    if isinstance(result, Failure):
        return result
    parsed = await asyncio.to_thread(
        parse_feed, result.body, url=result.final_url, content_type=result.content_type
    )
    if isinstance(parsed, Failure):
        return parsed
    items = []
    for item in parsed.items[:limit]:
        day = item.published.date() if item.published else None
        read = ReadRequest(item.title, item.text, item.link, day, guild_id, parsed.title)
        try:
            proposals, error = tuple(await reader(read)), None
        except Exception as exc:
            log.exception("previewing item %s of %s failed", item.identity, url)
            proposals, error = (), f"the reader failed ({type(exc).__name__})"
        items.append(PreviewItem(item.title, item.link, day, proposals, error))
    return FeedTested(url, parsed.kind, parsed.title, parsed.total_items, tuple(items),
                      parsed.warning)  # fmt: skip


def reading_thread() -> ThreadPoolExecutor:
    """The thread the news desk reads its items on, one at a time.

    Readings side by side on the default executor fought the event loop for the GIL (loop
    stalls of 50-90 ms in make bench) and held up the rest of the bot's thread work; one thread
    keeps up with what a poll cycle brings.
    """
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="feed-reader")


class DeskReader:
    """The article reader behind the poller's reader interface, through /addarticle's review:
    the same proposals, summaries of our own words and names as a moderator pasting the item
    would get. Items without a link propose nothing (a story needs its source's link)."""

    def __init__(self, articles: ArticleService, db: Database) -> None:
        self.articles = articles
        self.db = db
        self._thread = reading_thread()

    def close(self) -> None:
        """Stop the reading thread (after the last cycle)."""
        self._thread.shutdown(wait=False, cancel_futures=True)

    async def __call__(self, request: ReadRequest) -> list[StoryProposal]:
        if not request.link:
            return []
        text = shorten(f"{request.title}\n\n{request.text}".strip(), ARTICLE_MAX)
        published = request.published.isoformat() if request.published else None
        actor = Actor(None, "news desk", request.guild_id or None)
        review = await self.articles.review(
            ReviewArticle(text, request.link, published), actor, executor=self._thread
        )
        out = []
        for p in review.proposals:
            out.append(await self._proposal(p, review.publisher or request.outlet))
        return out

    async def _proposal(self, p: ArticleProposal, outlet: str | None) -> StoryProposal:
        src = p.source
        options: dict[str, Any] = {
            "person": _person_ref(p.person), "source_url": src.url, "summary": p.summary_text,
            "kind": p.kind.value, "status": p.status.value, "to_team": _team_ref(p.to_team),
            "from_team": _team_ref(p.from_team), "season": p.season,
            "contract_end": p.contract_end, "outlet": src.outlet or outlet,
            "journalist": src.journalist,
            "published": src.published.isoformat() if src.dated else None,
            "source_role": src.role.value, "credit_outlet": src.credit_outlet,
            "credit_journalist": src.credit_journalist, "missing": list(p.missing),
            "proposal": proposal_record(p), "new": _new_names(p),
        }  # fmt: skip
        return StoryProposal(
            person=p.person.name, kind=p.kind.value, status=p.status.value, headline=p.headline,
            evidence=p.evidence, season=p.season,
            to_team=p.to_team.name if p.to_team else None,
            from_team=p.from_team.name if p.from_team else None,
            person_ref=_ref(_person_ref(p.person), "person:"),
            to_team_ref=_ref(_team_ref(p.to_team), "team:"),
            from_team_ref=_ref(_team_ref(p.from_team), "team:"), outlet=src.outlet or outlet,
            options=options,
        )  # fmt: skip


# -- plain helpers -------------------------------------------------------------------------
def desk_guild(actor: Actor) -> int:
    """The server whose desk the actor works at; the console (the owner) has its own."""
    if actor.guild_id is not None:
        return actor.guild_id
    if actor.is_owner:
        return CONSOLE_GUILD
    raise GuildOnly()


def _decided(story: store.Story, headline: str, *, already: bool = False) -> Decided:
    assert story.decision is not None
    return Decided(story.id, story.decision, story.decided_by, story.decided_at, story.claim_id,
                   headline, already)  # fmt: skip


def _line(v: store.FollowView) -> FeedLine:
    f, feed = v.follow, v.feed
    return FeedLine(
        name=f.name, url=feed.url, kind=feed.kind, last_fetch_at=feed.last_fetch_at,
        last_new_item_at=f.last_new_item_at, items_seen=feed.items_seen, items_new=f.items_new,
        cards_posted=f.cards_posted, status=feed.last_status, error=feed.last_error,
        warning=feed.last_warning, paused=feed.paused_reason, include=f.include,
        exclude=f.exclude, waiting_first_poll=f.baseline_at is None,
        interval_minutes=f.interval_s // 60,
    )  # fmt: skip


def _new_names(p: ArticleProposal) -> list[str]:
    """What Confirm would add to the server's records, as the card says it."""
    new = [f"{p.person.name} ({p.person.role})"] if p.person.is_new else []
    new += [t.name for t in (p.from_team, p.to_team) if t is not None and t.is_new]
    return new


def _person_ref(person: ProposedPerson) -> str:
    """How AddNews names a proposal's person: a known one by id, a new one by name."""
    return person.name if person.id is None else f"person:{person.id}"


def _team_ref(team: ProposedTeam | None) -> str | None:
    if team is None:
        return None
    return team.name if team.id is None else f"team:{team.id}"


def _ref(value: str | None, prefix: str) -> str | None:
    return value if value and value.startswith(prefix) else None


def _host(url: str) -> str:
    return url.split("://", 1)[-1].split("/", 1)[0]


def _key(url: str, service: DeskService) -> str:
    return feed_key(check_url(url, service.fetcher.policy))


def _duplicate_words(what: str) -> str:
    return what[0].upper() + what[1:] if what else "That feed is already followed"
