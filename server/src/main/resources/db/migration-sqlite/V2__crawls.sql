-- Crawl history. Rounds and site checks are appended, never overwritten, so "when was this
-- first seen" can always be answered from the rows.

CREATE TABLE crawl_rounds (
    id              INTEGER PRIMARY KEY,
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    -- the day the round judges as of (today, or the replayed day of a simulated timeline)
    as_of           TEXT NOT NULL,
    trigger_source  TEXT NOT NULL,           -- schedule, api, command, demo, unit-check
    status          TEXT NOT NULL,           -- running, finished, failed
    units_total     INTEGER NOT NULL DEFAULT 0,
    units_done      INTEGER NOT NULL DEFAULT 0,
    pages_fetched   INTEGER NOT NULL DEFAULT 0,
    errors          INTEGER NOT NULL DEFAULT 0,
    failure         TEXT
);

-- One unit's site as one round saw it.
CREATE TABLE site_checks (
    id                           INTEGER PRIMARY KEY,
    round_id                     INTEGER NOT NULL REFERENCES crawl_rounds (id),
    unit_code                    TEXT NOT NULL REFERENCES units (code),
    as_of                        TEXT NOT NULL,
    started_at                   TEXT NOT NULL,
    finished_at                  TEXT NOT NULL,
    homepage                     TEXT,
    reachable                    INTEGER NOT NULL,
    error                        TEXT,
    robots_blocked               INTEGER NOT NULL DEFAULT 0,
    pages_fetched                INTEGER NOT NULL DEFAULT 0,
    ogi_column                   INTEGER NOT NULL DEFAULT 0,
    -- failures in a row up to and including this check (0 when this check succeeded)
    consecutive_failures         INTEGER NOT NULL DEFAULT 0,
    -- 1 when the site failed and the findings below are carried over from the last good check
    carried_over                 INTEGER NOT NULL DEFAULT 0,
    guide_found                  INTEGER NOT NULL DEFAULT 0,
    guide_url                    TEXT,
    guide_under_construction     INTEGER NOT NULL DEFAULT 0,
    guide_elements               TEXT NOT NULL DEFAULT '',   -- comma-separated element codes
    catalogue_found              INTEGER NOT NULL DEFAULT 0,
    catalogue_url                TEXT,
    catalogue_under_construction INTEGER NOT NULL DEFAULT 0,
    catalogue_entries            INTEGER,
    catalogue_fields             TEXT NOT NULL DEFAULT ''    -- comma-separated field codes
);

CREATE INDEX site_checks_unit ON site_checks (unit_code, as_of);
CREATE INDEX site_checks_round ON site_checks (round_id);

-- What was seen behind each judgment (guide, catalogue, homepage).
CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    check_id      INTEGER NOT NULL REFERENCES site_checks (id),
    kind          TEXT NOT NULL,             -- guide, catalogue, homepage
    url           TEXT NOT NULL,
    http_status   INTEGER,
    fetched_at    TEXT,
    content_hash  TEXT,
    title         TEXT,
    excerpt       TEXT,
    reason        TEXT
);

CREATE INDEX evidence_check ON evidence (check_id);
