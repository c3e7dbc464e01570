-- Mercato schema v2: announcements, follows and the outbox that delivers them exactly once.
-- Times are UTC ISO-8601 text ('YYYY-MM-DDTHH:MM:SSZ'), so text order is time order.

-- One announcement channel per guild: instant posts, the digest, transfer-window posts.
CREATE TABLE announce_subscription (
    guild_id        INTEGER PRIMARY KEY,
    channel_id      INTEGER NOT NULL,
    frequency       TEXT CHECK (frequency IN ('daily', 'weekly')),  -- NULL: no digest
    local_time      TEXT CHECK (local_time IS NULL OR local_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    timezone        TEXT,                   -- IANA name, e.g. Europe/Brussels
    weekday         INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 0 AND 6),  -- Monday = 0
    instant         INTEGER NOT NULL DEFAULT 0 CHECK (instant IN (0, 1)),
    mention_role_id INTEGER,                -- the only mention the bot ever sends (instant posts)
    post_empty      INTEGER NOT NULL DEFAULT 0 CHECK (post_empty IN (0, 1)),
    window_posts    INTEGER NOT NULL DEFAULT 0 CHECK (window_posts IN (0, 1)),
    subscribed_at   TEXT NOT NULL,          -- a digest never covers anything before this
    covered_until   TEXT NOT NULL,          -- end of the last digest period (starts at subscribed_at)
    next_digest_at  TEXT,                   -- UTC; NULL when no digest is configured
    last_delivery_at TEXT,
    last_error      TEXT,
    disabled_reason TEXT,                   -- set when Discord refuses the channel for good
    updated_at      TEXT NOT NULL,
    CHECK (frequency IS NULL OR (local_time IS NOT NULL AND timezone IS NOT NULL)),
    CHECK (frequency IS NOT 'weekly' OR weekday IS NOT NULL)
);
CREATE INDEX announce_subscription_due ON announce_subscription(next_digest_at)
    WHERE next_digest_at IS NOT NULL AND disabled_reason IS NULL;
CREATE INDEX announce_subscription_channel ON announce_subscription(channel_id);

-- A user following a person or a team; delivered by DM (channel_id NULL) or to a channel.
-- guild_id is where the follow was made: guild-local facts reach only follows made there.
CREATE TABLE follow (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL,
    guild_id        INTEGER,
    entity_kind     TEXT NOT NULL CHECK (entity_kind IN ('person', 'team')),
    entity_id       INTEGER NOT NULL,
    channel_id      INTEGER,                -- NULL: by DM
    created_at      TEXT NOT NULL,
    dm_disabled     INTEGER NOT NULL DEFAULT 0 CHECK (dm_disabled IN (0, 1)),
    disabled_reason TEXT
);
CREATE UNIQUE INDEX follow_identity ON follow(user_id, coalesce(guild_id, 0), entity_kind,
                                              entity_id, coalesce(channel_id, 0));
CREATE INDEX follow_entity ON follow(entity_kind, entity_id);
CREATE INDEX follow_channel ON follow(channel_id) WHERE channel_id IS NOT NULL;

-- What happened to which claim and when (by the bot's clock), for digests: written by the
-- same transaction as the change.
CREATE TABLE news_event (
    id              INTEGER PRIMARY KEY,
    claim_id        INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    guild_id        INTEGER,
    action          TEXT NOT NULL,
    old_status      TEXT,
    new_status      TEXT NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX news_event_at ON news_event(at);

-- One row per announcement per destination. dedupe_key makes enqueueing idempotent; the state
-- machine (pending -> sending -> sent | pending (retry) | failed | dead) makes sending so.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    dest_kind       TEXT NOT NULL CHECK (dest_kind IN ('channel', 'dm')),
    dest_id         INTEGER NOT NULL,       -- channel id, or user id for a DM
    guild_id        INTEGER,
    kind            TEXT NOT NULL CHECK (kind IN ('instant', 'digest', 'follow', 'window')),
    dedupe_key      TEXT NOT NULL UNIQUE,
    payload         TEXT NOT NULL,          -- JSON: title, description, sections, footer, ...
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dead')),
    claimed_at      TEXT,                   -- when it last went to 'sending'
    sent_at         TEXT,
    sent_message_id INTEGER,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox(next_attempt_at, id) WHERE state = 'pending';
CREATE INDEX outbox_sending ON outbox(id) WHERE state = 'sending';
CREATE INDEX outbox_destination ON outbox(dest_kind, dest_id, state);
