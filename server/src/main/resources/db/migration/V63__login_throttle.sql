-- Login throttling in the database (it was in one process's memory): every node of a cluster counts
-- the same guesses, and a restart no longer forgives them. Portable SQL for SQLite and PostgreSQL.
-- One row per source and account ('pair') and per account over all sources ('account').
CREATE TABLE login_throttle (
    throttle_key   TEXT PRIMARY KEY,
    failures       INTEGER NOT NULL DEFAULT 0,  -- wrong passwords in a row
    in_flight      INTEGER NOT NULL DEFAULT 0,  -- attempts begun and not yet ended
    not_before_ms  BIGINT,                      -- no attempt before this time (epoch milliseconds)
    updated_ms     BIGINT NOT NULL              -- the last change (stale rows are purged)
);
CREATE INDEX login_throttle_updated ON login_throttle (updated_ms);
