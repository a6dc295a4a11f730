-- Availability monitor (issue 11): hourly homepage probes, kept compact. One row per unit and
-- China-time day adds up that day's probes; only each unit's latest failures are kept one by one
-- (the evidence of a veto), at most a fixed number per unit (the service prunes on insert).
CREATE TABLE availability_days (
    unit_code            TEXT    NOT NULL REFERENCES units (code),
    day                  TEXT    NOT NULL,          -- YYYY-MM-DD, China Standard Time
    probes               INTEGER NOT NULL,
    failures             INTEGER NOT NULL,
    total_latency_ms     INTEGER NOT NULL,          -- of answered probes
    max_latency_ms       INTEGER NOT NULL,
    last_failure_status  INTEGER,                   -- HTTP status of the day's last failure (0: no answer), NULL: none
    last_failure_reason  TEXT,
    PRIMARY KEY (unit_code, day)
) WITHOUT ROWID;

CREATE INDEX availability_days_day ON availability_days (day);

CREATE TABLE availability_failures (
    id          INTEGER PRIMARY KEY,
    unit_code   TEXT    NOT NULL REFERENCES units (code),
    probed_at   TEXT    NOT NULL,
    outcome     TEXT    NOT NULL,                   -- TIMEOUT, DNS, REFUSED, SERVER_ERROR, FAILED
    status      INTEGER NOT NULL,
    latency_ms  INTEGER NOT NULL,
    reason      TEXT    NOT NULL
);

CREATE INDEX availability_failures_unit ON availability_failures (unit_code, probed_at);
