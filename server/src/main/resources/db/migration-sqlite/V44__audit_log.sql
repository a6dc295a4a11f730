-- The audit log: every change by any account (or by the schedule), with who, role, when, what
-- (before -> after, as JSON) and why. Append-only: the triggers refuse any update or delete, so
-- not even a bug in the service can rewrite history.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,           -- fixed-width UTC, so text order is time order
    actor       TEXT NOT NULL,
    role        TEXT NOT NULL,           -- office, leader, unit, or system (schedule, command, demo)
    action      TEXT NOT NULL,           -- unit.update, override.set, appeal.decide, ...
    target      TEXT NOT NULL,           -- what changed: a unit code, an appeal id, a username
    before      TEXT,
    after       TEXT,
    reason      TEXT
);

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
CREATE INDEX audit_log_action ON audit_log (action, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
