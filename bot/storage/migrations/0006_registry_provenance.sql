-- Mercato schema v5: where each registry fact comes from, team seasons, and Wikidata sync state.
--
-- source: 'dataset' (a mercato/1 data file: the bundled registry is LeTourDataSet, see
-- data/ATTRIBUTION.md), 'wikidata', or 'moderator'. wikidata_id: the item the fact was read
-- from (a person, a team, or for a membership the team season or team its statement names).
-- retrieved_at: when Wikidata last gave it (UTC). A dataset fact that Wikidata also states
-- keeps source 'dataset' and gains a wikidata_id: both origins stay visible.

ALTER TABLE person ADD COLUMN source TEXT NOT NULL DEFAULT 'dataset'
    CHECK (source IN ('dataset', 'wikidata', 'moderator'));
ALTER TABLE person ADD COLUMN wikidata_id TEXT;
ALTER TABLE person ADD COLUMN retrieved_at TEXT;
CREATE UNIQUE INDEX person_wikidata ON person(wikidata_id) WHERE wikidata_id IS NOT NULL;
-- A person a moderator creates (or the owner at the console) is a moderator's fact: the
-- creation's audit row, written in the same transaction, says so. Data files never write a
-- 'create person' audit row. The trigger keeps the rule in the schema, wherever the code that
-- creates people lives; the UPDATE applies it to people created before this migration.
UPDATE person SET source = 'moderator' WHERE id IN
    (SELECT entity_id FROM audit_log WHERE entity = 'person' AND action = 'create');
CREATE TRIGGER person_created_by_moderator AFTER INSERT ON audit_log
WHEN NEW.entity = 'person' AND NEW.action = 'create'
BEGIN
    UPDATE person SET source = 'moderator' WHERE id = NEW.entity_id AND source = 'dataset';
END;

ALTER TABLE team ADD COLUMN source TEXT NOT NULL DEFAULT 'dataset'
    CHECK (source IN ('dataset', 'wikidata', 'moderator'));
ALTER TABLE team ADD COLUMN wikidata_id TEXT;
ALTER TABLE team ADD COLUMN retrieved_at TEXT;
ALTER TABLE team ADD COLUMN dissolved INTEGER;  -- the year the team ended, when known
CREATE UNIQUE INDEX team_wikidata ON team(wikidata_id) WHERE wikidata_id IS NOT NULL;

ALTER TABLE team_name ADD COLUMN source TEXT NOT NULL DEFAULT 'dataset'
    CHECK (source IN ('dataset', 'wikidata', 'moderator'));
ALTER TABLE team_name ADD COLUMN wikidata_id TEXT;  -- the team season that gave the name first
ALTER TABLE team_name ADD COLUMN retrieved_at TEXT;

ALTER TABLE alias ADD COLUMN source TEXT NOT NULL DEFAULT 'dataset'
    CHECK (source IN ('dataset', 'wikidata', 'moderator'));
ALTER TABLE alias ADD COLUMN wikidata_id TEXT;
ALTER TABLE alias ADD COLUMN retrieved_at TEXT;

-- Dates inside the season: two teams in one season (a mid-season move) are two rows, each with
-- its dates. NULL start: from the season's start; NULL end: to its end (or still there).
ALTER TABLE membership ADD COLUMN start_date TEXT;
ALTER TABLE membership ADD COLUMN end_date TEXT;
ALTER TABLE membership ADD COLUMN source TEXT NOT NULL DEFAULT 'dataset'
    CHECK (source IN ('dataset', 'wikidata', 'moderator'));
ALTER TABLE membership ADD COLUMN wikidata_id TEXT;
ALTER TABLE membership ADD COLUMN retrieved_at TEXT;

-- A Wikidata team season: one lineage's name and class in one year.
CREATE TABLE team_season (
    wikidata_id TEXT PRIMARY KEY,
    team_id     INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
    season      INTEGER NOT NULL,
    name        TEXT NOT NULL,
    category    TEXT,                       -- worldteam | proteam | women_worldteam | ...
    country     TEXT,                       -- IOC code
    retrieved_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX team_season_team ON team_season(team_id, season);

-- What Wikidata's country and occupation items mean to Mercato (IOC code, role).
CREATE TABLE wikidata_term (
    wikidata_id TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('country', 'occupation')),
    value       TEXT,                       -- IOC code, or a role; NULL: means nothing to us
    retrieved_at TEXT NOT NULL
) WITHOUT ROWID;

-- Other ids of a person, kept as identifiers only (nothing is fetched from those sites).
CREATE TABLE external_id (
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    scheme      TEXT NOT NULL CHECK (scheme IN ('procyclingstats')),
    value       TEXT NOT NULL,
    PRIMARY KEY (person_id, scheme)
) WITHOUT ROWID;

-- A Wikidata entity that may be a stored person or team, but not surely: kept apart, listed
-- in the sync report until a moderator decides.
CREATE TABLE registry_review (
    id          INTEGER PRIMARY KEY,
    wikidata_id TEXT NOT NULL,
    entity      TEXT NOT NULL CHECK (entity IN ('person', 'team')),
    entity_id   INTEGER,                    -- the record created for the Wikidata entity
    candidate_id INTEGER,                   -- the stored record it may be
    reason      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    resolved_at TEXT
);
CREATE UNIQUE INDEX registry_review_pair ON registry_review(wikidata_id, coalesce(candidate_id, 0));

-- One sync from the Query Service and the Action API, resumable: the ids still to fetch.
CREATE TABLE wikidata_sync (
    id          INTEGER PRIMARY KEY,
    since       INTEGER NOT NULL,
    started_at  TEXT NOT NULL,
    phase       TEXT NOT NULL CHECK (phase IN ('seasons', 'members', 'entities', 'done')),
    page        INTEGER NOT NULL DEFAULT 0, -- the next Query Service page of the phase
    finished_at TEXT,
    report      TEXT NOT NULL DEFAULT '{}'  -- JSON: counts so far
);
CREATE TABLE wikidata_sync_item (
    sync_id     INTEGER NOT NULL REFERENCES wikidata_sync(id) ON DELETE CASCADE,
    wikidata_id TEXT NOT NULL,
    -- recheck: a stored person the seasons no longer name (merged or deleted on Wikidata?)
    kind        TEXT NOT NULL CHECK (kind IN ('team', 'season', 'person', 'recheck')),
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    PRIMARY KEY (sync_id, wikidata_id)
) WITHOUT ROWID;
CREATE INDEX wikidata_sync_pending ON wikidata_sync_item(sync_id, done, kind);
