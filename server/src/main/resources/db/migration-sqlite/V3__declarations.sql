-- Declarations: what units file for what no crawler can see, and their review trail
-- (填报 → 初审 → 复审 → 复核 → 公示). Every version is kept.

CREATE TABLE declarations (
    id           INTEGER PRIMARY KEY,
    unit_code    TEXT NOT NULL REFERENCES units (code),
    campaign_id  TEXT NOT NULL,
    type_id      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (unit_code, campaign_id, type_id)
);

CREATE TABLE declaration_versions (
    id              INTEGER PRIMARY KEY,
    declaration_id  INTEGER NOT NULL REFERENCES declarations (id),
    version         INTEGER NOT NULL,
    fields_json     TEXT NOT NULL,
    -- draft, submitted (awaiting 初审), first_reviewed (awaiting 复审), second_reviewed (awaiting
    -- 复核), published (公示: approved), returned (sent back)
    status          TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    submitted_at    TEXT,
    published_at    TEXT,
    UNIQUE (declaration_id, version)
);

CREATE TABLE declaration_reviews (
    id           INTEGER PRIMARY KEY,
    version_id   INTEGER NOT NULL REFERENCES declaration_versions (id),
    step         TEXT NOT NULL,              -- submit, first_review, second_review, final_check
    decision     TEXT NOT NULL,              -- pass, return
    actor        TEXT NOT NULL,
    comment      TEXT,
    at           TEXT NOT NULL
);

CREATE TABLE declaration_attachments (
    id            INTEGER PRIMARY KEY,
    version_id    INTEGER NOT NULL REFERENCES declaration_versions (id),
    field_id      TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size_bytes    INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    stored_path   TEXT NOT NULL,
    uploaded_by   TEXT NOT NULL,
    uploaded_at   TEXT NOT NULL
);
