"""The news desk's tables: feeds, servers' follows, items seen, stories and their sources."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

import aiosqlite

from bot.domain.desk import CardSource, StoryProposal, proposal_json

T = TypeVar("T")

# SQLite allows 32766 parameters; stay far below it and keep statements cache-friendly.
_CHUNK = 500


class DuplicateFollow(Exception):
    """The server already follows this feed, or already has a feed by that name."""

    def __init__(self, follow_id: int | None, what: str) -> None:
        super().__init__(what)
        self.follow_id = follow_id


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    url: str
    url_key: str
    kind: str | None
    title: str | None
    etag: str | None
    last_modified: str | None
    body_digest: str | None
    last_fetch_at: str | None
    last_ok_at: str | None
    last_new_item_at: str | None
    last_status: str | None
    last_error: str | None
    last_warning: str | None
    items_seen: int
    consecutive_failures: int
    next_due_at: str
    paused_reason: str | None
    paused_at: str | None


@dataclass(frozen=True, slots=True)
class Follow:
    id: int
    feed_id: int
    guild_id: int
    name: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    interval_s: int
    backfill: int
    baseline_at: str | None
    added_by: int | None
    added_at: str
    last_new_item_at: str | None
    items_new: int
    cards_posted: int


@dataclass(frozen=True, slots=True)
class FollowView:
    """A follow with its feed's state: one line of /feeds list."""

    follow: Follow
    feed: Feed


@dataclass(frozen=True, slots=True)
class Story:
    id: int
    guild_id: int
    person_key: str
    kind: str
    team_key: str
    season: int | None
    status: str
    proposal: StoryProposal
    revision: int
    review_channel_id: int | None
    card_outbox_id: int | None
    card_message_id: int | None
    decision: str | None
    decided_by: int | None
    decided_at: str | None
    claim_id: int | None


_FEED_FIELDS = tuple(f.name for f in fields(Feed))


def _feed(r: aiosqlite.Row) -> Feed:
    return Feed(**{k: r[k] for k in _FEED_FIELDS})


def _follow(r: aiosqlite.Row) -> Follow:
    return Follow(
        id=r["id"], feed_id=r["feed_id"], guild_id=r["guild_id"], name=r["name"],
        include=tuple(json.loads(r["include_words"])), exclude=tuple(json.loads(r["exclude_words"])),
        interval_s=r["interval_s"], backfill=r["backfill"], baseline_at=r["baseline_at"],
        added_by=r["added_by"], added_at=r["added_at"], last_new_item_at=r["last_new_item_at"],
        items_new=r["items_new"], cards_posted=r["cards_posted"],
    )  # fmt: skip


def _story(r: aiosqlite.Row) -> Story:
    return Story(
        id=r["id"], guild_id=r["guild_id"], person_key=r["person_key"], kind=r["kind"],
        team_key=r["team_key"], season=r["season"], status=r["status"],
        proposal=StoryProposal.from_json(json.loads(r["proposal"])), revision=r["revision"],
        review_channel_id=r["review_channel_id"], card_outbox_id=r["card_outbox_id"],
        card_message_id=r["card_message_id"], decision=r["decision"],
        decided_by=r["decided_by"], decided_at=r["decided_at"], claim_id=r["claim_id"],
    )  # fmt: skip


def _chunks(values: Sequence[T]) -> Iterable[Sequence[T]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


# -- follows -----------------------------------------------------------------------------
async def add_follow(
    conn: aiosqlite.Connection,
    *,
    guild_id: int,
    url: str,
    url_key: str,
    name: str,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    interval_s: int = 900,
    backfill: int = 0,
    added_by: int | None,
    now: str,
) -> Follow:
    """Follow a feed (creating it when no server follows it yet); it is fetched at once."""
    row = await (await conn.execute("SELECT id FROM feed WHERE url_key = ?", (url_key,))).fetchone()
    if row is None:
        cur = await conn.execute(
            "INSERT INTO feed (url, url_key, next_due_at, created_at) VALUES (?, ?, ?, ?)",
            (url, url_key, now, now),
        )
        feed_id = cur.lastrowid
    else:
        feed_id = row[0]
        # The newcomer's first poll needs the whole document: no 304, no "same body" skip.
        await conn.execute(
            "UPDATE feed SET next_due_at = min(next_due_at, ?), etag = NULL, last_modified = NULL,"
            " body_digest = NULL WHERE id = ?",
            (now, feed_id),
        )
    clash = await (
        await conn.execute(
            "SELECT id, feed_id FROM feed_follow WHERE guild_id = ?"
            " AND (feed_id = ? OR lower(name) = lower(?))",
            (guild_id, feed_id, name),
        )
    ).fetchone()
    if clash is not None:
        what = "this server already follows that feed" if clash[1] == feed_id else (
            f"this server already has a feed named {name!r}")  # fmt: skip
        raise DuplicateFollow(clash[0], what)
    cur = await conn.execute(
        "INSERT INTO feed_follow (feed_id, guild_id, name, include_words, exclude_words,"
        " interval_s, backfill, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (feed_id, guild_id, name, json.dumps(list(include)), json.dumps(list(exclude)),
         interval_s, backfill, added_by, now),
    )  # fmt: skip
    follow = await get_follow(conn, guild_id, cur.lastrowid or 0)
    assert follow is not None
    return follow


async def get_follow(conn: aiosqlite.Connection, guild_id: int, follow_id: int) -> Follow | None:
    async with conn.execute(
        "SELECT * FROM feed_follow WHERE id = ? AND guild_id = ?", (follow_id, guild_id)
    ) as cur:
        row = await cur.fetchone()
    return _follow(row) if row else None


async def remove_follow(conn: aiosqlite.Connection, guild_id: int, follow_id: int) -> bool:
    """Stop following; a feed no server follows any more is forgotten with its items."""
    row = await (
        await conn.execute(
            "DELETE FROM feed_follow WHERE id = ? AND guild_id = ? RETURNING feed_id",
            (follow_id, guild_id),
        )
    ).fetchone()
    if row is None:
        return False
    await conn.execute(
        "DELETE FROM feed WHERE id = ? AND NOT EXISTS"
        " (SELECT 1 FROM feed_follow WHERE feed_id = ?)",
        (row[0], row[0]),
    )
    return True


async def set_filter(
    conn: aiosqlite.Connection,
    guild_id: int,
    follow_id: int,
    include: Sequence[str],
    exclude: Sequence[str],
) -> bool:
    cur = await conn.execute(
        "UPDATE feed_follow SET include_words = ?, exclude_words = ? WHERE id = ? AND guild_id = ?",
        (json.dumps(list(include)), json.dumps(list(exclude)), follow_id, guild_id),
    )
    return cur.rowcount == 1


async def list_follows(conn: aiosqlite.Connection, guild_id: int) -> list[FollowView]:
    """A server's feeds with their state, by name."""
    async with conn.execute(
        "SELECT * FROM feed_follow WHERE guild_id = ? ORDER BY lower(name), id", (guild_id,)
    ) as cur:
        follows = [_follow(r) for r in await cur.fetchall()]
    ids = sorted({f.feed_id for f in follows})
    feeds: dict[int, Feed] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        async with conn.execute(f"SELECT * FROM feed WHERE id IN ({marks})", ids) as cur:
            feeds = {r["id"]: _feed(r) for r in await cur.fetchall()}
    return [FollowView(f, feeds[f.feed_id]) for f in follows if f.feed_id in feeds]


async def follows_of(conn: aiosqlite.Connection, feed_id: int) -> list[Follow]:
    async with conn.execute(
        "SELECT * FROM feed_follow WHERE feed_id = ? ORDER BY id", (feed_id,)
    ) as cur:
        return [_follow(r) for r in await cur.fetchall()]


async def mark_baseline(
    conn: aiosqlite.Connection, follow_id: int, now: str, *, proposed: int
) -> None:
    await conn.execute(
        "UPDATE feed_follow SET baseline_at = ?, items_new = items_new + ?,"
        " last_new_item_at = CASE WHEN ? > 0 THEN ? ELSE last_new_item_at END WHERE id = ?",
        (now, proposed, proposed, now, follow_id),
    )


async def count_follow_activity(
    conn: aiosqlite.Connection, follow_id: int, now: str, *, new_items: int, cards: int
) -> None:
    if not new_items and not cards:
        return
    await conn.execute(
        "UPDATE feed_follow SET items_new = items_new + ?, cards_posted = cards_posted + ?,"
        " last_new_item_at = CASE WHEN ? > 0 THEN ? ELSE last_new_item_at END WHERE id = ?",
        (new_items, cards, new_items, now, follow_id),
    )


# -- review channel ----------------------------------------------------------------------
async def set_review_channel(
    conn: aiosqlite.Connection, guild_id: int, channel_id: int | None, now: str
) -> None:
    await conn.execute(
        "INSERT INTO desk_settings (guild_id, review_channel_id, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (guild_id) DO UPDATE SET review_channel_id = excluded.review_channel_id,"
        " updated_at = excluded.updated_at",
        (guild_id, channel_id, now),
    )


async def review_channels(conn: aiosqlite.Connection, guild_ids: Iterable[int]) -> dict[int, int]:
    ids = sorted(set(guild_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    async with conn.execute(
        f"SELECT guild_id, review_channel_id FROM desk_settings WHERE guild_id IN ({marks})"
        " AND review_channel_id IS NOT NULL",
        ids,
    ) as cur:
        return {r[0]: r[1] for r in await cur.fetchall()}


# -- feeds and their fetch state ---------------------------------------------------------
async def get_feed(conn: aiosqlite.Connection, feed_id: int) -> Feed | None:
    async with conn.execute("SELECT * FROM feed WHERE id = ?", (feed_id,)) as cur:
        row = await cur.fetchone()
    return _feed(row) if row else None


async def due_feeds(
    conn: aiosqlite.Connection, now: str, limit: int, *, after: tuple[str, int] | None = None
) -> list[Feed]:
    """Feeds whose next fetch is due, most overdue first; paused ones wait for a moderator.

    One page of `limit`; `after` (the previous page's last `(next_due_at, id)`) asks for the
    next, so a cycle over thousands of feeds never holds them all, and feeds written back
    meanwhile (no longer due, or due later) are neither skipped nor seen twice.
    """
    due_at, feed_id = after or ("", 0)
    async with conn.execute(
        "SELECT * FROM feed WHERE paused_reason IS NULL AND next_due_at <= ?"
        " AND (next_due_at, id) > (?, ?) ORDER BY next_due_at, id LIMIT ?",
        (now, due_at, feed_id, limit),
    ) as cur:
        return [_feed(r) for r in await cur.fetchall()]


async def follows_of_feeds(
    conn: aiosqlite.Connection, feed_ids: Sequence[int]
) -> dict[int, list[Follow]]:
    """The follows of each of these feeds (one query for a page of due feeds)."""
    out: dict[int, list[Follow]] = {i: [] for i in feed_ids}
    for part in _chunks(feed_ids):
        marks = ",".join("?" * len(part))
        async with conn.execute(
            f"SELECT * FROM feed_follow WHERE feed_id IN ({marks}) ORDER BY feed_id, id", part
        ) as cur:
            for r in await cur.fetchall():
                out[r["feed_id"]].append(_follow(r))
    return out


# What every fetch that worked writes: failures reset, validators kept for the next
# conditional GET (one feed's outcome, or many in a batch, below).
_SUCCESS_SET = (
    "UPDATE feed SET last_fetch_at = ?, last_ok_at = ?, next_due_at = ?, last_status = ?,"
    " last_error = NULL, consecutive_failures = 0, etag = coalesce(?, etag),"
    " last_modified = coalesce(?, last_modified)"
)


async def record_success(
    conn: aiosqlite.Connection,
    feed_id: int,
    *,
    now: str,
    next_due_at: str,
    status: str,
    etag: str | None,
    last_modified: str | None,
    **fields: Any,
) -> None:
    """Note a fetch that worked: failures reset, validators kept for the next conditional GET."""
    allowed = {"kind", "title", "body_digest", "last_warning", "last_new_item_at"}
    if set(fields) - allowed:
        raise ValueError(f"unknown feed fields: {sorted(set(fields) - allowed)}")
    sets = "".join(f", {k} = ?" for k in fields)
    await conn.execute(
        f"{_SUCCESS_SET}{sets} WHERE id = ?",
        (now, now, next_due_at, status, etag, last_modified, *fields.values(), feed_id),
    )


@dataclass(frozen=True, slots=True)
class Document:
    """What a parsed body says about its feed (kept when a changed body brought nothing new)."""

    kind: str | None
    title: str | None
    body_digest: str
    last_warning: str | None


@dataclass(frozen=True, slots=True)
class Success:
    """A fetch that worked and brought nothing new: a 304, the same body, or no new item."""

    feed_id: int
    now: str
    next_due_at: str
    status: str
    etag: str | None
    last_modified: str | None
    document: Document | None = None


_SUCCESS = (
    _SUCCESS_SET + "{document} WHERE id = ?"
    # A server that started following meanwhile needs the whole document on its first poll
    # (add_follow cleared the validators and made the feed due): leave such a feed due.
    " AND NOT EXISTS (SELECT 1 FROM feed_follow WHERE feed_id = feed.id AND baseline_at IS NULL)"
)
_SUCCESS_PLAIN = _SUCCESS.format(document="")
_SUCCESS_DOCUMENT = _SUCCESS.format(
    document=", kind = ?, title = ?, body_digest = ?, last_warning = ?"
)


async def record_successes(conn: aiosqlite.Connection, successes: Sequence[Success]) -> int:
    """Note many fetches that brought nothing new, in the caller's one transaction (the poller
    writes them in batches rather than a transaction per feed). Return how many feeds changed."""
    plain = [
        (s.now, s.now, s.next_due_at, s.status, s.etag, s.last_modified, s.feed_id)
        for s in successes
        if s.document is None
    ]
    documents = [
        (s.now, s.now, s.next_due_at, s.status, s.etag, s.last_modified, s.document.kind,
         s.document.title, s.document.body_digest, s.document.last_warning, s.feed_id)
        for s in successes
        if s.document is not None
    ]  # fmt: skip
    changed = 0
    for sql, rows in ((_SUCCESS_PLAIN, plain), (_SUCCESS_DOCUMENT, documents)):
        if rows:
            cur = await conn.executemany(sql, rows)
            changed += max(0, cur.rowcount)
    return changed


async def record_failure(
    conn: aiosqlite.Connection,
    feed_id: int,
    *,
    now: str,
    next_due_at: str,
    status: str,
    error: str,
    pause_after: int,
) -> tuple[int, bool]:
    """Count a failed fetch; pause the feed at `pause_after` in a row. Return (count, paused now)."""
    row = await (
        await conn.execute(
            "UPDATE feed SET last_fetch_at = ?, next_due_at = ?, last_status = ?, last_error = ?,"
            " consecutive_failures = consecutive_failures + 1 WHERE id = ?"
            " RETURNING consecutive_failures, paused_reason",
            (now, next_due_at, status, error, feed_id),
        )
    ).fetchone()
    if row is None:
        return 0, False
    failures, paused = row[0], row[1]
    if failures >= pause_after and paused is None:
        await conn.execute(
            "UPDATE feed SET paused_reason = ?, paused_at = ? WHERE id = ?",
            (f"{failures} failures in a row; last: {error}", now, feed_id),
        )
        return failures, True
    return failures, False


async def resume_feed(conn: aiosqlite.Connection, feed_id: int, now: str) -> bool:
    cur = await conn.execute(
        "UPDATE feed SET paused_reason = NULL, paused_at = NULL, consecutive_failures = 0,"
        " next_due_at = ? WHERE id = ? AND paused_reason IS NOT NULL",
        (now, feed_id),
    )
    return cur.rowcount == 1


# -- items and articles ------------------------------------------------------------------
async def known_identities(
    conn: aiosqlite.Connection, feed_id: int, identities: Sequence[str]
) -> set[str]:
    """Which of these item identities the feed has carried before."""
    query = "SELECT identity FROM feed_item WHERE feed_id = ? AND identity"
    return await _present(conn, query, feed_id, identities)


async def add_items(
    conn: aiosqlite.Connection, feed_id: int, items: Sequence[tuple[str, str]], now: str
) -> int:
    """Remember (identity, article_key) pairs as seen in the feed; return how many were new."""
    if not items:
        return 0
    cur = await conn.executemany(
        "INSERT INTO feed_item (feed_id, identity, article_key, first_seen_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        [(feed_id, identity, key, now) for identity, key in items],
    )
    added = max(0, cur.rowcount)  # executemany's rowcount sums the rows each insert changed
    await conn.execute("UPDATE feed SET items_seen = items_seen + ? WHERE id = ?", (added, feed_id))
    return added


async def seen_articles(conn: aiosqlite.Connection, guild_id: int, keys: Sequence[str]) -> set[str]:
    """Which of these article keys the server's desk has handled before."""
    query = "SELECT article_key FROM desk_article WHERE guild_id = ? AND article_key"
    return await _present(conn, query, guild_id, keys)


async def _present(
    conn: aiosqlite.Connection, query: str, owner: int, values: Sequence[str]
) -> set[str]:
    """The `values` that `query` (ending at "... AND column", completed with IN (...)) finds
    for `owner`, asked in chunks that stay under SQLite's parameter limit."""
    found: set[str] = set()
    for part in _chunks(values):
        marks = ",".join("?" * len(part))
        async with conn.execute(f"{query} IN ({marks})", (owner, *part)) as cur:
            found.update(r[0] for r in await cur.fetchall())
    return found


async def claim_article(
    conn: aiosqlite.Connection,
    guild_id: int,
    article_key: str,
    follow_id: int | None,
    outcome: str,
    now: str,
) -> bool:
    """Record what the server did with an article; False when it had already seen it."""
    cur = await conn.execute(
        "INSERT INTO desk_article (guild_id, article_key, follow_id, outcome, at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (guild_id, article_key, follow_id, outcome, now),
    )
    return cur.rowcount == 1


async def claim_articles(
    conn: aiosqlite.Connection,
    guild_id: int,
    follow_id: int,
    rows: Sequence[tuple[str, str]],
    now: str,
) -> None:
    """Record many (article_key, outcome) at once, keeping earlier outcomes."""
    await conn.executemany(
        "INSERT INTO desk_article (guild_id, article_key, follow_id, outcome, at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(guild_id, key, follow_id, outcome, now) for key, outcome in rows],
    )


# -- stories and cards -------------------------------------------------------------------
async def find_story(conn: aiosqlite.Connection, guild_id: int, p: StoryProposal) -> Story | None:
    """The story this proposal belongs to: same person, kind, team; seasons that agree.

    An exact season beats an unknown one; among equals an undecided story beats a decided
    one, and a newer beats an older.
    """
    async with conn.execute(
        "SELECT * FROM desk_story WHERE guild_id = ? AND person_key = ? AND kind = ?"
        " AND team_key = ? AND (season IS NULL OR ? IS NULL OR season = ?)"
        " ORDER BY (season IS ?) DESC, (decision IS NULL) DESC, id DESC LIMIT 1",
        (guild_id, p.person_key, p.kind, p.team_key, p.season, p.season, p.season),
    ) as cur:
        row = await cur.fetchone()
    return _story(row) if row else None


async def create_story(
    conn: aiosqlite.Connection, guild_id: int, p: StoryProposal, now: str
) -> int:
    cur = await conn.execute(
        "INSERT INTO desk_story (guild_id, person_key, kind, team_key, season, status, proposal,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (guild_id, p.person_key, p.kind, p.team_key, p.season, p.status, proposal_json(p),
         now, now),
    )  # fmt: skip
    assert cur.lastrowid is not None
    return cur.lastrowid


async def add_source(
    conn: aiosqlite.Connection,
    story_id: int,
    *,
    article_key: str,
    feed_id: int | None,
    source: CardSource,
    proposal: StoryProposal,
    now: str,
) -> bool:
    """Attach an article to a story; False when it was already one of its sources."""
    cur = await conn.execute(
        "INSERT INTO desk_source (story_id, article_key, feed_id, outlet, link, published,"
        " status, evidence, proposal, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (story_id, article_key, feed_id, source.outlet, source.link, source.published,
         source.status, source.evidence, proposal_json(proposal), now),
    )  # fmt: skip
    return cur.rowcount == 1


async def story_sources(conn: aiosqlite.Connection, story_id: int) -> list[CardSource]:
    async with conn.execute(
        "SELECT outlet, link, published, status, evidence FROM desk_source WHERE story_id = ?"
        " ORDER BY coalesce(published, added_at), id",
        (story_id,),
    ) as cur:
        return [CardSource(*r) for r in await cur.fetchall()]


async def update_story(
    conn: aiosqlite.Connection,
    story_id: int,
    *,
    status: str,
    proposal: StoryProposal,
    season: int | None,
    now: str,
) -> int:
    """A new source arrived: keep the strongest reading, bump the revision; return it."""
    row = await (
        await conn.execute(
            "UPDATE desk_story SET status = ?, proposal = ?, season = coalesce(season, ?),"
            " revision = revision + 1, updated_at = ? WHERE id = ? RETURNING revision",
            (status, proposal_json(proposal), season, now, story_id),
        )
    ).fetchone()
    return int(row[0]) if row else 0


async def set_card(
    conn: aiosqlite.Connection, story_id: int, channel_id: int, outbox_id: int
) -> None:
    await conn.execute(
        "UPDATE desk_story SET review_channel_id = ?, card_outbox_id = ? WHERE id = ?",
        (channel_id, outbox_id, story_id),
    )


async def record_card_message(conn: aiosqlite.Connection, story_id: int, message_id: int) -> None:
    """Keep the card's message id (from the outbox row once it is sent) for edits and clicks."""
    await conn.execute(
        "UPDATE desk_story SET card_message_id = ? WHERE id = ?", (message_id, story_id)
    )


async def get_story(conn: aiosqlite.Connection, guild_id: int, story_id: int) -> Story | None:
    """A server's story; None for another server's (a guild never sees another's cards).

    Its card's message is the one the latest delivered card row of the story posted or edited
    (an edit of a deleted card posts it anew), else the one recorded by hand.
    """
    async with conn.execute(
        "SELECT s.*, coalesce((SELECT o.sent_message_id FROM outbox o WHERE o.dedupe_key >= ?"
        " AND o.dedupe_key < ? AND o.state = 'sent' AND o.sent_message_id IS NOT NULL"
        " ORDER BY o.id DESC LIMIT 1), s.card_message_id) AS card_message"
        " FROM desk_story s WHERE s.id = ? AND s.guild_id = ?",
        (f"card:{story_id}:", f"card:{story_id};", story_id, guild_id),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    return replace(_story(row), card_message_id=row["card_message"])


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A story's source with what Confirm needs: its own reading and the feed it came from."""

    source: CardSource
    proposal: StoryProposal
    feed_id: int | None
    feed_url: str | None
    follow_name: str | None  # the name the story's server follows that feed under


async def source_rows(conn: aiosqlite.Connection, guild_id: int, story_id: int) -> list[SourceRow]:
    """A story's sources, oldest first, each with its reading and its feed."""
    async with conn.execute(
        "SELECT d.outlet, d.link, d.published, d.status, d.evidence, d.proposal, d.feed_id,"
        " f.url AS feed_url, ff.name AS follow_name FROM desk_source d"
        " LEFT JOIN feed f ON f.id = d.feed_id"
        " LEFT JOIN feed_follow ff ON ff.feed_id = d.feed_id AND ff.guild_id = ?"
        " WHERE d.story_id = ? ORDER BY coalesce(d.published, d.added_at), d.id",
        (guild_id, story_id),
    ) as cur:
        rows = await cur.fetchall()
    return [
        SourceRow(
            CardSource(r["outlet"], r["link"], r["published"], r["status"], r["evidence"]),
            StoryProposal.from_json(json.loads(r["proposal"])),
            r["feed_id"],
            r["feed_url"],
            r["follow_name"],
        )
        for r in rows
    ]


async def decide(
    conn: aiosqlite.Connection,
    guild_id: int,
    story_id: int,
    decision: str,
    user_id: int | None,
    now: str,
    claim_id: int | None = None,
) -> bool:
    """Confirm or skip an undecided story; False when it was decided already (a double click)."""
    if decision not in ("confirmed", "skipped"):
        raise ValueError(decision)
    cur = await conn.execute(
        "UPDATE desk_story SET decision = ?, decided_by = ?, decided_at = ?, claim_id = ?,"
        " updated_at = ? WHERE id = ? AND guild_id = ? AND decision IS NULL",
        (decision, user_id, now, claim_id, now, story_id, guild_id),
    )
    return cur.rowcount == 1


async def stories_without_card(conn: aiosqlite.Connection, guild_id: int) -> list[Story]:
    """Undecided stories found while the server had no review channel, oldest first."""
    async with conn.execute(
        "SELECT * FROM desk_story WHERE guild_id = ? AND decision IS NULL"
        " AND card_outbox_id IS NULL ORDER BY id",
        (guild_id,),
    ) as cur:
        return [_story(r) for r in await cur.fetchall()]


async def find_follow(conn: aiosqlite.Connection, guild_id: int, name: str) -> Follow | None:
    """A server's follow by its name (any case)."""
    async with conn.execute(
        "SELECT * FROM feed_follow WHERE guild_id = ? AND lower(name) = lower(?)", (guild_id, name)
    ) as cur:
        row = await cur.fetchone()
    return _follow(row) if row else None


async def review_channel(conn: aiosqlite.Connection, guild_id: int) -> int | None:
    """Where the server's review cards go; None when it has not said."""
    return (await review_channels(conn, [guild_id])).get(guild_id)


async def take_review_rows(
    conn: aiosqlite.Connection, guild_id: int, now: str, limit: int = 50
) -> list[tuple[int, str, dict[str, Any]]]:
    """The server's pending cards and notices, marked sent: (outbox id, kind, payload).

    The console's review "channel" is the terminal: it prints what it takes.
    """
    async with conn.execute(
        "SELECT id, kind, payload FROM outbox WHERE guild_id = ? AND state = 'pending'"
        " AND kind IN ('card', 'notice') ORDER BY id LIMIT ?",
        (guild_id, limit),
    ) as cur:
        rows = [(r[0], r[1], json.loads(r[2])) for r in await cur.fetchall()]
    await conn.executemany(
        "UPDATE outbox SET state = 'sent', sent_at = ? WHERE id = ?", [(now, r[0]) for r in rows]
    )
    return rows


async def bump_revision(conn: aiosqlite.Connection, story_id: int, now: str) -> int:
    """One more revision of the story's card (after a decision); the new revision."""
    row = await (
        await conn.execute(
            "UPDATE desk_story SET revision = revision + 1, updated_at = ? WHERE id = ?"
            " RETURNING revision",
            (now, story_id),
        )
    ).fetchone()
    return int(row[0]) if row else 0


async def follow_names(conn: aiosqlite.Connection, guild_id: int) -> list[str]:
    """The names of a server's feeds, for autocomplete."""
    async with conn.execute(
        "SELECT name FROM feed_follow WHERE guild_id = ? ORDER BY lower(name)", (guild_id,)
    ) as cur:
        return [r[0] for r in await cur.fetchall()]
