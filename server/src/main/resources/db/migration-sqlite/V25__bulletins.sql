-- Bulletins (通报): each issued once, archived with what it was made from, and delivered by an
-- outbox that records every recipient's delivery.

CREATE TABLE bulletins (
    id            INTEGER PRIMARY KEY,
    campaign_id   TEXT NOT NULL,
    number        INTEGER NOT NULL,
    -- what makes a bulletin "the same one": campaign + scheduled day (e.g. ogi-2007/2007-11-05) or
    -- an office's request id. The unique index is the lock: a retry, a restart or a second node
    -- inserting the same key loses and reads the winner's row.
    issue_key     TEXT NOT NULL UNIQUE,
    as_of         TEXT NOT NULL,
    issued_at     TEXT NOT NULL,
    issued_by     TEXT NOT NULL,
    title         TEXT NOT NULL,
    html          TEXT NOT NULL,
    -- the BulletinInput (scores, ranks, milestones) exactly as used, so it can be re-read
    inputs_json   TEXT NOT NULL,
    pdf           BLOB NOT NULL,
    pdf_sha256    TEXT NOT NULL,
    UNIQUE (campaign_id, number)
);

CREATE INDEX bulletins_issued ON bulletins (issued_at);

-- Who receives bulletins: the leaders from the configuration and each unit's OGI office e-mail.
CREATE TABLE subscribers (
    email        TEXT PRIMARY KEY,
    unit_code    TEXT REFERENCES units (code),
    kind         TEXT NOT NULL,              -- leader, unit
    active       INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL
);

-- The outbox: one row per bulletin and recipient; the unique pair means a copy is queued once.
CREATE TABLE bulletin_recipients (
    id               INTEGER PRIMARY KEY,
    bulletin_id      INTEGER NOT NULL REFERENCES bulletins (id),
    email            TEXT NOT NULL,
    unit_code        TEXT REFERENCES units (code),
    status           TEXT NOT NULL,          -- queued, sending, sent, failed
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    -- when the next attempt is due; null once sent or given up
    next_attempt_at  TEXT,
    sent_at          TEXT,
    UNIQUE (bulletin_id, email)
);

CREATE INDEX bulletin_recipients_due ON bulletin_recipients (status, next_attempt_at);
