-- Manual corrections of one indicator of one unit by the general office. History: rows are
-- only ever added; the newest row of a (campaign, unit, indicator) is in force from its
-- effective_from day, and a 'revoke' row cancels the one before it.
CREATE TABLE score_overrides (
    id              INTEGER PRIMARY KEY,
    campaign_id     TEXT NOT NULL,
    unit_code       TEXT NOT NULL REFERENCES units (code),
    indicator_id    TEXT NOT NULL,
    action          TEXT NOT NULL CHECK (action IN ('set', 'revoke')),
    points          REAL,
    status          TEXT,
    reason          TEXT NOT NULL,
    author          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    -- the as-of day it was made on (the replayed day when the service judges as of a fixed day)
    effective_from  TEXT NOT NULL
);

CREATE INDEX score_overrides_unit ON score_overrides (campaign_id, unit_code, indicator_id);
