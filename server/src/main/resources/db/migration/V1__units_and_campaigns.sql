-- The unit registry and the campaign files seen by the service.
-- Dates and instants are ISO-8601 text (portable; SQLite has no date type).

CREATE TABLE units (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    short_name      TEXT,
    unit_group      TEXT NOT NULL,
    parent_code     TEXT REFERENCES units (code),
    homepage        TEXT,
    office_name     TEXT,
    office_address  TEXT,
    office_phone    TEXT,
    office_email    TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE INDEX units_group ON units (unit_group);

-- Every distinct content of a campaign file the service has loaded, so a score can name the
-- weights it used and the weights can be read back as they were.
CREATE TABLE campaign_versions (
    campaign_id     TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    weights_version TEXT NOT NULL,
    first_loaded_at TEXT NOT NULL,
    content_json    TEXT NOT NULL,
    PRIMARY KEY (campaign_id, content_hash)
);
