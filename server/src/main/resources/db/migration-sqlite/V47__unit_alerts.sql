-- Alerts to units (提醒/催办): one row per event (unique per unit and event key, so an event is
-- alerted once), mailed to the unit's OGI office in one message per unit per day.
CREATE TABLE unit_alerts (
    id             INTEGER PRIMARY KEY,
    unit_code      TEXT NOT NULL REFERENCES units (code),
    event_key      TEXT NOT NULL,
    kind           TEXT NOT NULL,          -- lost, veto, due
    message        TEXT NOT NULL,
    detected_on    TEXT NOT NULL,          -- the as-of day it was found
    created_at     TEXT NOT NULL,
    email          TEXT,                   -- where it went; null when the unit has no address
    status         TEXT NOT NULL,          -- queued, sending, retry, sent, failed (given up), no_address
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    sent_at        TEXT,
    last_error     TEXT,
    UNIQUE (unit_code, event_key)
);

CREATE INDEX unit_alerts_due ON unit_alerts (status, next_attempt_at);
CREATE INDEX unit_alerts_unit ON unit_alerts (unit_code, created_at);
