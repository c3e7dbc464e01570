"""The news desk's poller: fetch due feeds politely, read new items, queue review cards.

One call of `FeedPoller.run_once` is one cycle (a thin tasks.loop cog calls it; tests call it
with a fake clock). Due feeds are read a page at a time into a queue that a fixed pool of
workers empties; each feed is fetched once however many servers follow it: at most one request
per host at a time, `concurrency` overall, and requests started at most `requests_per_s` a
second, so a cycle is a trickle the event loop hardly notices rather than a burst. Parsing
runs on a thread of its own (and the reader on its own, see `threaded`). A fetch that brings
nothing new (a 304, the same body, no new item) is written with others, a batch per
transaction; one that brings new items is stored in one transaction of its own, after the
reading, so a crash or an error at any point leaves the feed as it was before that fetch: the
next cycle does it again.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import aiosqlite
from yarl import URL

from bot.domain.clock import Clock, iso
from bot.domain.desk import (
    CardSource,
    ReadRequest,
    StoryProposal,
    clean_evidence,
    day_of,
    passes_filter,
)
from bot.scheduling.cards import queue_card, queue_notices
from bot.services.desk import reading_thread
from bot.sources.feeds import FeedItem, ParsedFeed, body_digest, parse_feed
from bot.sources.http import Fetched, NotModified, SafeFetcher
from bot.sources.problems import Failure, Problem
from bot.storage import feeds as store
from bot.storage.db import Database
from bot.storage.feeds import Feed, Follow

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 15 * 60
MIN_INTERVAL_S = 5 * 60

Reader = Callable[[ReadRequest], Awaitable[Sequence[StoryProposal]]]


class ThreadedReader:
    """A plain (CPU-bound) reader run on the news desk's reading thread (`reading_thread`)."""

    def __init__(self, fn: Callable[[ReadRequest], Sequence[StoryProposal]]) -> None:
        self.fn = fn
        self._thread = reading_thread()

    async def __call__(self, request: ReadRequest) -> Sequence[StoryProposal]:
        return await asyncio.get_running_loop().run_in_executor(self._thread, self.fn, request)

    def close(self) -> None:
        self._thread.shutdown(wait=False, cancel_futures=True)


def threaded(fn: Callable[[ReadRequest], Sequence[StoryProposal]]) -> ThreadedReader:
    """Wrap a plain (CPU-bound) reader so that it runs on a reading thread of its own."""
    return ThreadedReader(fn)


class Pacer:
    """Starts things at most `rate` a second: each caller takes the next free moment.

    `rate` None (or 0) does not pace. The clock and the sleep are parameters for the tests.
    """

    def __init__(
        self,
        rate: float | None,
        *,
        now: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.gap = 1 / rate if rate else 0.0
        self._now = now
        self._sleep = sleep
        self._next = 0.0

    async def wait(self) -> None:
        if not self.gap:
            return
        now = self._now()
        at = max(now, self._next)
        self._next = at + self.gap
        if at > now:
            await self._sleep(at - now)


@dataclass(frozen=True, slots=True)
class PollSettings:
    poll_seconds: int | None = None  # FEED_POLL_SECONDS: replaces every feed's own interval
    jitter: float = 0.1  # up to this fraction of the interval is added, so feeds spread out
    backoff_max_s: int = 6 * 3600
    pause_after: int = 20  # failures in a row
    concurrency: int = 8  # requests in flight; besides, one per host at a time
    requests_per_s: float | None = 50.0  # requests started per second at most (None: no pacing)
    workers: int = 16  # tasks working a cycle's feeds; more than `concurrency` (hosts wait)
    page_size: int = 100  # due feeds read at a time
    batch_size: int = 100  # fetches that brought nothing new, written per transaction
    max_feeds: int = 2000  # per cycle; the rest wait for the next one
    max_read_per_fetch: int = 50  # items read per server per fetch; more is a flood, not news


@dataclass(slots=True)
class PollReport:
    feeds: int = 0
    fetched: int = 0
    not_modified: int = 0
    unchanged: int = 0
    failed: int = 0
    paused: int = 0
    new_items: int = 0
    read: int = 0
    read_failed: int = 0
    cards: int = 0
    card_updates: int = 0
    notices: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Plan:
    """What one server does with one fetch: articles to record, items to read."""

    follow: Follow
    marks: list[tuple[str, str]] = field(default_factory=list)  # (article_key, outcome)
    to_read: list[FeedItem] = field(default_factory=list)
    readings: list[tuple[FeedItem, Sequence[StoryProposal] | None]] = field(default_factory=list)
    baseline: bool = False


@dataclass(slots=True)
class _Cycle:
    """One cycle's shared state: its report, the workers' queue, the successes to write."""

    report: PollReport
    queue: asyncio.Queue[tuple[Feed, list[Follow]] | None]
    batch: list[store.Success] = field(default_factory=list)


def article_key(feed_id: int, item: FeedItem) -> str:
    """One article across feeds by its normalised link; an item without one is its own."""
    return item.link_key or f"feed:{feed_id}:{item.identity}"


class FeedPoller:
    """Polls the feeds servers follow; keeps the per-host locks and the pace between cycles."""

    def __init__(
        self,
        db: Database,
        fetcher: SafeFetcher,
        reader: Reader,
        clock: Clock,
        settings: PollSettings | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.db = db
        self.fetcher = fetcher
        self.reader = reader
        self.clock = clock
        self.settings = settings or PollSettings()
        self.rng = rng or random.Random()
        self._slots = asyncio.Semaphore(self.settings.concurrency)
        self._hosts: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._pacer = Pacer(self.settings.requests_per_s)
        # Feeds a cycle has taken and not written back yet (fetching, or in a batch to write):
        # a second cycle running meanwhile (the console's /feeds poll) leaves them alone.
        self._in_flight: set[int] = set()
        # One parsing thread: eight parses side by side would only fight the event loop for
        # the GIL (measured: loop stalls past 50 ms), and one keeps up with the fetches.
        self._parser = ThreadPoolExecutor(max_workers=1, thread_name_prefix="feed-parser")
        # When (perf_counter) each feed's fetch ended and when what it brought was committed:
        # the bench measures "fetched -> card queued" from them.
        self.fetched_at: dict[int, float] = {}
        self.filed_at: dict[int, float] = {}

    def close(self) -> None:
        """Stop the parsing thread (after the last cycle)."""
        self._parser.shutdown(wait=False, cancel_futures=True)

    async def run_once(self) -> PollReport:
        """Poll every due feed once; return what happened."""
        n = max(1, self.settings.workers)
        cycle = _Cycle(PollReport(), asyncio.Queue(maxsize=2 * n))
        workers = [asyncio.create_task(self._work(cycle)) for _ in range(n)]
        tasks = [asyncio.create_task(self._queue_due(cycle, len(workers))), *workers]
        try:
            # The first error that escapes a task (a cancellation, the process going down)
            # ends the cycle; what is still in a batch is not written, and those feeds,
            # still due, are fetched again by the next cycle.
            await asyncio.gather(*tasks)
            await self._flush(cycle)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.wait(tasks)
            self._in_flight.difference_update(s.feed_id for s in cycle.batch)
            while not cycle.queue.empty():  # taken, never worked
                if (job := cycle.queue.get_nowait()) is not None:
                    self._in_flight.discard(job[0].id)
        return cycle.report

    async def _queue_due(self, cycle: _Cycle, workers: int) -> None:
        """Read the due feeds a page at a time (with their follows) into the workers' queue."""
        now = iso(self.clock.now())
        after: tuple[str, int] | None = None
        left = self.settings.max_feeds
        while left > 0:
            page = await store.due_feeds(
                self.db.conn, now, min(self.settings.page_size, left), after=after
            )
            if not page:
                break
            after = (page[-1].next_due_at, page[-1].id)
            page = [f for f in page if f.id not in self._in_flight]
            follows = await store.follows_of_feeds(self.db.conn, [f.id for f in page])
            for feed in page:
                if feed.id in self._in_flight:
                    continue  # taken by another cycle while this page was read
                self._in_flight.add(feed.id)
                cycle.report.feeds += 1
                left -= 1
                await cycle.queue.put((feed, follows[feed.id]))
        for _ in range(workers):
            await cycle.queue.put(None)

    async def _work(self, cycle: _Cycle) -> None:
        while (job := await cycle.queue.get()) is not None:
            await self._guarded(*job, cycle)

    async def _guarded(self, feed: Feed, follows: list[Follow], cycle: _Cycle) -> None:
        report = cycle.report
        batched = False
        try:
            batched = await self._poll(feed, follows, cycle)
        except Exception as exc:
            # A bug or a database error: the feed waits like a failed one instead of spinning.
            log.exception("polling feed %d (%s) failed", feed.id, feed.url)
            report.errors.append(f"feed {feed.id}: {type(exc).__name__}")
            try:
                follows = await store.follows_of(self.db.conn, feed.id)
                fail = Failure(Problem.INTERNAL, type(exc).__name__)
                await self._record_failure(feed, follows, fail, report)
            except Exception:
                log.exception("could not record the failure of feed %d", feed.id)
        finally:
            if not batched:
                self._in_flight.discard(feed.id)
        if batched and len(cycle.batch) >= self.settings.batch_size:
            await self._flush(cycle)

    async def _poll(self, feed: Feed, follows: Sequence[Follow], cycle: _Cycle) -> bool:
        """Fetch a feed and deal with what came back; True when it waits in the batch.

        `follows` were read with the feed: enough for a fetch that brings nothing new (a feed
        removed meanwhile is simply not there to update). Anything else reads them again.
        """
        report = cycle.report
        async with self._hosts[(URL(feed.url).host or "").lower()], self._slots:
            await self._pacer.wait()
            result = await self.fetcher.fetch(
                feed.url, etag=feed.etag, last_modified=feed.last_modified
            )
        self.fetched_at[feed.id] = time.perf_counter()
        if isinstance(result, Failure):
            follows = await store.follows_of(self.db.conn, feed.id)  # whom a pause would tell
            if follows:  # else removed while it was being fetched
                await self._record_failure(feed, follows, result, report)
            return False
        if isinstance(result, NotModified):
            report.not_modified += 1
            self._batch(cycle, feed, follows, "not modified", result.etag, result.last_modified)
            return True
        report.fetched += 1
        waiting = any(f.baseline_at is None for f in follows)
        known_digest = None if waiting else feed.body_digest
        digest, parsed, keys = await asyncio.get_running_loop().run_in_executor(
            self._parser, _prepare, feed.id, result, known_digest, waiting
        )
        if parsed is None:
            report.unchanged += 1
            self._batch(cycle, feed, follows, "no new items", result.etag, result.last_modified)
            return True
        follows = await store.follows_of(self.db.conn, feed.id)
        if not follows:
            return False  # removed while it was being fetched
        if isinstance(parsed, Failure):
            await self._record_failure(feed, follows, parsed, report)
            return False
        return await self._ingest(feed, follows, result, digest, parsed, keys, cycle)

    def _batch(
        self,
        cycle: _Cycle,
        feed: Feed,
        follows: Sequence[Follow],
        status: str,
        etag: str | None,
        last_modified: str | None,
        document: store.Document | None = None,
    ) -> None:
        now = self.clock.now()
        cycle.batch.append(
            store.Success(
                feed.id, iso(now), self._next_due(self._interval(follows), now), status, etag,
                last_modified, document,
            )
        )  # fmt: skip

    async def _flush(self, cycle: _Cycle) -> None:
        """Write the fetches that brought nothing new, in one transaction."""
        batch, cycle.batch = cycle.batch, []
        if not batch:
            return
        try:
            async with self.db.transaction() as conn:
                await store.record_successes(conn, batch)
        except Exception as exc:
            # Nothing of it landed: those feeds are still due, and the next cycle fetches them.
            log.exception("recording %d fetches failed", len(batch))
            cycle.report.errors.append(f"recording {len(batch)} fetches: {type(exc).__name__}")
        finally:
            self._in_flight.difference_update(s.feed_id for s in batch)

    # -- outcomes ------------------------------------------------------------------------
    def _interval(self, follows: Sequence[Follow]) -> float:
        if self.settings.poll_seconds is not None:
            return float(self.settings.poll_seconds)
        wanted = min((f.interval_s for f in follows), default=DEFAULT_INTERVAL_S)
        return float(max(MIN_INTERVAL_S, wanted))

    def _next_due(self, base: float, now: datetime) -> str:
        return iso(now + timedelta(seconds=base * (1 + self.rng.uniform(0, self.settings.jitter))))

    async def _record_failure(
        self, feed: Feed, follows: Sequence[Follow], failure: Failure, report: PollReport
    ) -> None:
        now = self.clock.now()
        report.failed += 1
        failures = feed.consecutive_failures + 1
        delay = min(
            self._interval(follows) * 2 ** min(failures - 1, 30), float(self.settings.backoff_max_s)
        )
        log.info("feed %d (%s): %s", feed.id, feed.url, failure.message)
        async with self.db.transaction() as conn:
            count, paused = await store.record_failure(
                conn, feed.id, now=iso(now), next_due_at=self._next_due(delay, now),
                status=failure.problem.value, error=failure.message,
                pause_after=self.settings.pause_after,
            )  # fmt: skip
            if paused:
                report.paused += 1
                log.warning("feed %d (%s) paused after %d failures", feed.id, feed.url, count)
                report.notices += await queue_notices(conn, feed, follows, failure, count, now)

    # -- new items -----------------------------------------------------------------------
    async def _ingest(
        self,
        feed: Feed,
        follows: Sequence[Follow],
        result: Fetched,
        digest: str,
        parsed: ParsedFeed,
        keys: dict[str, str],
        cycle: _Cycle,
    ) -> bool:
        """File a changed document's new items; True when it brought none (batched instead)."""
        report = cycle.report
        conn = self.db.conn
        items = parsed.items
        key = _Keys(feed.id, keys)
        known = await store.known_identities(conn, feed.id, [i.identity for i in items])
        new = [i for i in items if i.identity not in known]
        report.new_items += len(new)
        if not new and all(f.baseline_at is not None for f in follows):
            document = store.Document(parsed.kind, parsed.title, digest, parsed.warning)
            self._batch(cycle, feed, follows, "no new items", result.etag, result.last_modified,
                        document)  # fmt: skip
            return True
        plans = [await self._plan(conn, key, f, items, new) for f in follows]
        for plan in plans:
            for item in plan.to_read:
                plan.readings.append((item, await self._read(feed, plan.follow, item, report)))
        now = self.clock.now()
        async with self.db.transaction() as conn:
            await store.add_items(conn, feed.id, [(i.identity, key(i)) for i in new], iso(now))
            channels = await store.review_channels(conn, (f.guild_id for f in follows))
            for plan in plans:
                await self._file(conn, feed, key, plan, channels.get(plan.follow.guild_id), now,
                                 report)  # fmt: skip
            fields: dict[str, object] = {
                "kind": parsed.kind, "title": parsed.title, "body_digest": digest,
                "last_warning": parsed.warning,
            }  # fmt: skip
            if new:
                fields["last_new_item_at"] = iso(now)
            await store.record_success(
                conn, feed.id, now=iso(now), next_due_at=self._next_due(self._interval(follows), now),
                status=f"new items: {len(new)}" if new else "no new items",
                etag=result.etag, last_modified=result.last_modified, **fields,
            )  # fmt: skip
        self.filed_at[feed.id] = time.perf_counter()
        return False

    async def _plan(
        self,
        conn: aiosqlite.Connection,
        key: _Keys,
        follow: Follow,
        items: Sequence[FeedItem],
        new: Sequence[FeedItem],
    ) -> _Plan:
        plan = _Plan(follow, baseline=follow.baseline_at is None)
        if plan.baseline:
            # First fetch for this server: what the feed holds now is old news, unless it
            # asked to review the newest few (backfill).
            candidates = list(items[: follow.backfill])
            plan.marks += [(key(i), "baseline") for i in items[follow.backfill :]]
        else:
            candidates = list(new)
        wanted = [key(i) for i in candidates]
        seen = await store.seen_articles(conn, follow.guild_id, wanted)
        for item, k in zip(candidates, wanted, strict=True):
            if k in seen:
                continue
            seen.add(k)  # the same link twice in one document
            if not passes_filter(item.title, item.text, follow.include, follow.exclude):
                plan.marks.append((k, "filtered"))
            elif len(plan.to_read) >= self.settings.max_read_per_fetch:
                plan.marks.append((k, "overflow"))
            else:
                plan.to_read.append(item)
        return plan

    async def _read(
        self, feed: Feed, follow: Follow, item: FeedItem, report: PollReport
    ) -> Sequence[StoryProposal] | None:
        request = ReadRequest(
            title=item.title,
            text=item.text,
            link=item.link,
            published=item.published.date() if item.published else None,
            guild_id=follow.guild_id,
            outlet=follow.name,
        )
        try:
            proposals = await self.reader(request)
        except Exception:
            report.read_failed += 1
            log.exception(
                "reading item %s of feed %d for guild %d failed",
                item.identity, feed.id, follow.guild_id,
            )  # fmt: skip
            return None
        report.read += 1
        return proposals

    async def _file(
        self,
        conn: aiosqlite.Connection,
        feed: Feed,
        key_of: _Keys,
        plan: _Plan,
        channel: int | None,
        now: datetime,
        report: PollReport,
    ) -> None:
        follow = plan.follow
        await store.claim_articles(conn, follow.guild_id, follow.id, plan.marks, iso(now))
        reached, cards = 0, 0
        for item, proposals in plan.readings:
            outcome = "failed" if proposals is None else ("proposed" if proposals else "no_story")
            key = key_of(item)
            if not await store.claim_article(
                conn, follow.guild_id, key, follow.id, outcome, iso(now)
            ):
                continue  # another feed brought this article to the server meanwhile
            reached += 1
            for proposal in proposals or ():
                cards += await self._file_story(conn, feed, follow, item, key, proposal, channel,
                                                now, report)  # fmt: skip
        if plan.baseline:
            await store.mark_baseline(conn, follow.id, iso(now), proposed=reached)
            await store.count_follow_activity(conn, follow.id, iso(now), new_items=0, cards=cards)
        else:
            await store.count_follow_activity(
                conn, follow.id, iso(now), new_items=reached, cards=cards
            )

    async def _file_story(
        self,
        conn: aiosqlite.Connection,
        feed: Feed,
        follow: Follow,
        item: FeedItem,
        key: str,
        p: StoryProposal,
        channel: int | None,
        now: datetime,
        report: PollReport,
    ) -> int:
        """Add the proposal to its story (new or existing) and queue the card; 1 if a new card."""
        source = CardSource(
            outlet=p.outlet or follow.name, link=item.link, published=day_of(item.published),
            status=p.status, evidence=clean_evidence(p.evidence),
        )  # fmt: skip
        guild = follow.guild_id
        story = await store.find_story(conn, guild, p)
        if story is None:
            story_id = await store.create_story(conn, guild, p, iso(now))
            await store.add_source(conn, story_id, article_key=key, feed_id=feed.id,
                                   source=source, proposal=p, now=iso(now))  # fmt: skip
            if await queue_card(conn, guild, story_id, now, channel=channel) is None:
                return 0
            report.cards += 1
            return 1
        added = await store.add_source(conn, story.id, article_key=key, feed_id=feed.id,
                                       source=source, proposal=p, now=iso(now))  # fmt: skip
        if not added:
            return 0
        best = p if p.strength > story.proposal.strength else story.proposal
        revision = await store.update_story(
            conn, story.id, status=best.status, proposal=best, season=p.season, now=iso(now)
        )
        if story.decision == "skipped":
            return 0  # a skipped story is never proposed again; the source is kept quietly
        if not revision or await queue_card(conn, guild, story.id, now, channel=channel) is None:
            return 0
        if story.card_outbox_id is None:
            report.cards += 1
            return 1
        report.card_updates += 1
        return 0


class _Keys:
    """Article keys of a document's items: worked out in the parsing thread when every item
    needs one (a server's first poll), else on demand for the few new items."""

    def __init__(self, feed_id: int, known: dict[str, str]) -> None:
        self.feed_id = feed_id
        self.known = known

    def __call__(self, item: FeedItem) -> str:
        key = self.known.get(item.identity)
        if key is None:
            key = self.known[item.identity] = article_key(self.feed_id, item)
        return key


def _prepare(
    feed_id: int, result: Fetched, known_digest: str | None, all_keys: bool
) -> tuple[str, ParsedFeed | Failure | None, dict[str, str]]:
    """In a worker thread: fingerprint the body, and parse it unless it is the same as before."""
    digest = body_digest(result.body)
    if digest == known_digest:
        return digest, None, {}
    parsed = parse_feed(result.body, url=result.final_url, content_type=result.content_type)
    keys: dict[str, str] = {}
    if all_keys and isinstance(parsed, ParsedFeed):
        keys = {i.identity: article_key(feed_id, i) for i in parsed.items}
    return digest, parsed, keys
