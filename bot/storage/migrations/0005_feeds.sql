-- Mercato schema: the news desk. Outlets' feeds are fetched once per address however many
-- servers follow them; each new item fans out to the servers that follow the feed, and a
-- transfer story becomes one review card per server that gains sources as outlets report it.
-- Times are UTC ISO-8601 text ('YYYY-MM-DDTHH:MM:SSZ').

-- One row per feed address. The fetch state lives here, since the fetch is shared.
CREATE TABLE feed (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT NOT NULL,          -- fetched as it was first added
    url_key              TEXT NOT NULL UNIQUE,   -- two spellings of one address are one feed
    kind                 TEXT,                   -- RSS 2.0 | Atom 1.0 | RSS 1.0 (RDF) | JSON Feed
    title                TEXT,
    etag                 TEXT,
    last_modified        TEXT,
    body_digest          TEXT,                   -- of the last body read: the same body is not parsed again
    last_fetch_at        TEXT,
    last_ok_at           TEXT,
    last_new_item_at     TEXT,
    last_status          TEXT,                   -- 'new items', 'no new items', 'not modified', or a problem label
    last_error           TEXT,                   -- one line for /feeds list; NULL once a fetch works again
    last_warning         TEXT,                   -- e.g. malformed XML the parser recovered from
    items_seen           INTEGER NOT NULL DEFAULT 0,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_due_at          TEXT NOT NULL,
    paused_reason        TEXT,                   -- set after too many failures in a row
    paused_at            TEXT,
    created_at           TEXT NOT NULL
);
CREATE INDEX feed_due ON feed(next_due_at) WHERE paused_reason IS NULL;

-- A server following a feed, under a name of its own, with its own filters and interval.
CREATE TABLE feed_follow (
    id               INTEGER PRIMARY KEY,
    feed_id          INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
    guild_id         INTEGER NOT NULL,
    name             TEXT NOT NULL,
    include_words    TEXT NOT NULL DEFAULT '[]',  -- JSON list: an item must contain one of them
    exclude_words    TEXT NOT NULL DEFAULT '[]',  -- JSON list: an item containing one is left out
    interval_s       INTEGER NOT NULL DEFAULT 900 CHECK (interval_s >= 300),
    backfill         INTEGER NOT NULL DEFAULT 0 CHECK (backfill BETWEEN 0 AND 50),
    baseline_at      TEXT,                   -- first fetch after adding: what the feed held was marked seen
    added_by         INTEGER,
    added_at         TEXT NOT NULL,
    last_new_item_at TEXT,
    items_new        INTEGER NOT NULL DEFAULT 0,   -- items that reached this server after the first fetch
    cards_posted     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (guild_id, feed_id)
);
CREATE INDEX feed_follow_feed ON feed_follow(feed_id);
CREATE UNIQUE INDEX feed_follow_name ON feed_follow(guild_id, lower(name));

-- Every item a feed has carried. identity: the guid, else the normalised link, else a hash of
-- title and date (per feed). article_key: the normalised link, so that the same article seen
-- through two feeds is one article; items without a link are their own article.
CREATE TABLE feed_item (
    feed_id       INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
    identity      TEXT NOT NULL,
    article_key   TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, identity)
) WITHOUT ROWID;

-- What a server did with an article: read it once, whatever feeds carry it, and never again.
CREATE TABLE desk_article (
    guild_id    INTEGER NOT NULL,
    article_key TEXT NOT NULL,
    follow_id   INTEGER REFERENCES feed_follow(id) ON DELETE SET NULL,
    outcome     TEXT NOT NULL
                CHECK (outcome IN ('baseline', 'filtered', 'no_story', 'proposed', 'overflow', 'failed')),
    at          TEXT NOT NULL,
    PRIMARY KEY (guild_id, article_key)
) WITHOUT ROWID;

-- Where a server's review cards go (/announce review).
CREATE TABLE desk_settings (
    guild_id          INTEGER PRIMARY KEY,
    review_channel_id INTEGER,
    updated_at        TEXT NOT NULL
);

-- A story proposed to a server: one card, gaining sources (and status) as outlets report it.
CREATE TABLE desk_story (
    id                INTEGER PRIMARY KEY,
    guild_id          INTEGER NOT NULL,
    person_key        TEXT NOT NULL,          -- 'person:12', or 'name:<folded name>' for someone new
    kind              TEXT NOT NULL,
    team_key          TEXT NOT NULL,          -- destination (or origin) 'team:5', 'name:<folded>' or '-'
    season            INTEGER,
    status            TEXT NOT NULL,          -- the strongest status among its sources
    proposal          TEXT NOT NULL,          -- JSON: the reading the card shows (strongest source)
    revision          INTEGER NOT NULL DEFAULT 1,  -- one more per source: one card update each
    review_channel_id INTEGER,
    card_outbox_id    INTEGER,                -- the outbox row that posts the card
    card_message_id   INTEGER,                -- the card's message, once it is known
    decision          TEXT CHECK (decision IN ('confirmed', 'skipped')),
    decided_by        INTEGER,
    decided_at        TEXT,
    claim_id          INTEGER REFERENCES claim(id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX desk_story_match ON desk_story(guild_id, person_key, kind, team_key);
CREATE INDEX desk_story_open ON desk_story(guild_id, id) WHERE decision IS NULL;

-- One row per article behind a story: outlet, link, date and the evidence sentence.
CREATE TABLE desk_source (
    id          INTEGER PRIMARY KEY,
    story_id    INTEGER NOT NULL REFERENCES desk_story(id) ON DELETE CASCADE,
    article_key TEXT NOT NULL,
    feed_id     INTEGER REFERENCES feed(id) ON DELETE SET NULL,
    outlet      TEXT NOT NULL,
    link        TEXT,
    published   TEXT,
    status      TEXT NOT NULL,
    evidence    TEXT NOT NULL,               -- at most 200 characters from the item
    proposal    TEXT NOT NULL,               -- JSON: this source's own reading
    added_at    TEXT NOT NULL,
    UNIQUE (story_id, article_key)
);

-- The outbox learns two kinds: review cards and desk notices (a feed paused). SQLite cannot
-- change a CHECK in place, so the table is rebuilt with the same columns and indexes.
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    dest_kind       TEXT NOT NULL CHECK (dest_kind IN ('channel', 'dm')),
    dest_id         INTEGER NOT NULL,
    guild_id        INTEGER,
    kind            TEXT NOT NULL
                    CHECK (kind IN ('instant', 'digest', 'follow', 'window', 'card', 'notice')),
    dedupe_key      TEXT NOT NULL UNIQUE,
    payload         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dead')),
    claimed_at      TEXT,
    sent_at         TEXT,
    sent_message_id INTEGER,
    last_error      TEXT
);
INSERT INTO outbox_new SELECT id, dest_kind, dest_id, guild_id, kind, dedupe_key, payload,
    created_at, attempts, next_attempt_at, state, claimed_at, sent_at, sent_message_id, last_error
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox(next_attempt_at, id) WHERE state = 'pending';
CREATE INDEX outbox_sending ON outbox(id) WHERE state = 'sending';
CREATE INDEX outbox_destination ON outbox(dest_kind, dest_id, state);
