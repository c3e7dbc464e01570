-- Mercato schema v1.
-- Ids are INTEGER PRIMARY KEY (rowid); stable text keys ("mark-cavendish") tie bundled data to
-- rows so that loading the same file twice adds nothing. Times are UTC ISO-8601 text.
-- guild_id NULL means a global fact; otherwise the fact is visible only in that guild.

CREATE TABLE team (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    country     TEXT,                       -- IOC/UCI three-letter code where known
    guild_id    INTEGER,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One lineage, a name per season range: Deceuninck-Quick-Step 2019-2021, ... Soudal Quick-Step 2023-.
CREATE TABLE team_name (
    id          INTEGER PRIMARY KEY,
    team_id     INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    first_season INTEGER NOT NULL,
    last_season INTEGER,                    -- NULL: still current
    CHECK (last_season IS NULL OR last_season >= first_season),
    UNIQUE (team_id, first_season)
);
CREATE INDEX team_name_team ON team_name(team_id, first_season);

-- Short names, nicknames and other spellings, for people and teams alike.
CREATE TABLE alias (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER REFERENCES person(id) ON DELETE CASCADE,
    team_id     INTEGER REFERENCES team(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'alias' CHECK (kind IN ('alias', 'nickname', 'short', 'spelling')),
    CHECK ((person_id IS NULL) <> (team_id IS NULL))
);
CREATE UNIQUE INDEX alias_person ON alias(person_id, alias) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX alias_team ON alias(team_id, alias) WHERE team_id IS NOT NULL;

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,              -- display name, properly cased
    sort_name   TEXT,                       -- surname part, for "Poel, Mathieu van der"
    role        TEXT NOT NULL CHECK (role IN ('rider', 'coach', 'directeur_sportif', 'manager', 'staff')),
    nationality TEXT,                       -- IOC three-letter code
    birth_date  TEXT,
    guild_id    INTEGER,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE membership (
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    team_id     INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
    season      INTEGER NOT NULL,
    role        TEXT NOT NULL DEFAULT 'rider',
    PRIMARY KEY (person_id, season, team_id)
);
CREATE INDEX membership_team ON membership(team_id, season);

CREATE TABLE report (
    id          INTEGER PRIMARY KEY,
    key         TEXT UNIQUE,
    outlet      TEXT NOT NULL,
    journalist  TEXT,
    url         TEXT,                       -- normalised; NULL only for bundled reports known second-hand
    url_key     TEXT,                       -- normalised URL used to recognise the same article
    published   TEXT NOT NULL,              -- YYYY-MM-DD
    language    TEXT,
    summary     TEXT NOT NULL,
    credited_by INTEGER REFERENCES report(id),  -- a report we know of only through another one
    guild_id    INTEGER,
    created_by  INTEGER,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- The same article is one report per scope (another guild's private entry must not leak).
CREATE UNIQUE INDEX report_url ON report(url_key, coalesce(guild_id, 0)) WHERE url_key IS NOT NULL;

CREATE TABLE claim (
    id          INTEGER PRIMARY KEY,
    key         TEXT UNIQUE,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('transfer', 'contract_extension', 'retirement',
                                              'retirement_postponed', 'comeback', 'staff_move')),
    from_team_id INTEGER REFERENCES team(id),
    to_team_id  INTEGER REFERENCES team(id),
    season      INTEGER,
    effective_date TEXT,
    contract_end INTEGER,
    status      TEXT NOT NULL CHECK (status IN ('rumour', 'reported', 'confirmed', 'official',
                                                'denied', 'retracted')),
    summary     TEXT,
    retracted_reason TEXT,
    guild_id    INTEGER,
    created_by  INTEGER,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((status = 'retracted') = (retracted_reason IS NOT NULL))
);
CREATE INDEX claim_person ON claim(person_id, season);
CREATE INDEX claim_to_team ON claim(to_team_id, season);
CREATE INDEX claim_from_team ON claim(from_team_id, season);
CREATE INDEX claim_updated ON claim(updated_at);
-- "Merge, don't duplicate": one claim per (person, kind, destination, season) in a scope.
CREATE UNIQUE INDEX claim_identity ON claim(person_id, kind, coalesce(to_team_id, 0),
                                            coalesce(season, 0), coalesce(guild_id, 0));

-- Which report supports which claim, and how.
CREATE TABLE claim_source (
    claim_id    INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('broke', 'reported', 'confirmed', 'official', 'denial')),
    status      TEXT NOT NULL CHECK (status IN ('rumour', 'reported', 'confirmed', 'official', 'denied')),
    PRIMARY KEY (claim_id, report_id)
);
CREATE INDEX claim_source_report ON claim_source(report_id);

-- Moves that belong together (Cavendish, Mørkøv and Anastopoulos to Astana). Stored once, a < b.
CREATE TABLE claim_link (
    claim_a     INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    claim_b     INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_a, claim_b),
    CHECK (claim_a < claim_b)
);
CREATE INDEX claim_link_b ON claim_link(claim_b);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    INTEGER,                    -- Discord user id; NULL for the system (bundled data)
    actor_name  TEXT,
    guild_id    INTEGER,
    action      TEXT NOT NULL,              -- create | update | retract | promote | link | ...
    entity      TEXT NOT NULL,              -- claim | report | person | team | guild_settings | ...
    entity_id   INTEGER,
    old_values  TEXT,                       -- JSON
    new_values  TEXT                        -- JSON
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

CREATE TABLE guild_settings (
    guild_id    INTEGER PRIMARY KEY,
    mod_role_id INTEGER,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Which bundled data files have been loaded, so later starts add nothing twice.
CREATE TABLE data_load (
    name        TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    loaded_at   TEXT NOT NULL
);
