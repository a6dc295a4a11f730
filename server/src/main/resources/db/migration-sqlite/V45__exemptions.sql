-- Exemptions (不适用): the office rules an indicator not applicable to a unit, with a reason. History
-- like overrides: a revoke is a new row, nothing is deleted; the newest row per indicator is in force.
CREATE TABLE exemptions (
    id            INTEGER PRIMARY KEY,
    campaign_id   TEXT NOT NULL,
    unit_code     TEXT NOT NULL REFERENCES units (code),
    indicator_id  TEXT NOT NULL,
    action        TEXT NOT NULL,          -- set or revoke
    reason        TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE INDEX exemptions_unit ON exemptions (campaign_id, unit_code, indicator_id, id);
