-- Appeals (申诉): a unit disputes one indicator's judgment; the office upholds or revises it, always
-- with a reason. A revision is an override (score_overrides) linked here. Rows are never deleted.
CREATE TABLE appeals (
    id               INTEGER PRIMARY KEY,
    unit_code        TEXT NOT NULL REFERENCES units (code),
    campaign_id      TEXT NOT NULL,
    indicator_id     TEXT NOT NULL,
    reason           TEXT NOT NULL,
    evidence_url     TEXT,
    status           TEXT NOT NULL,          -- pending, upheld, revised
    filed_by         TEXT NOT NULL,
    filed_at         TEXT NOT NULL,
    decided_by       TEXT,
    decided_at       TEXT,
    decision_reason  TEXT,
    override_id      INTEGER REFERENCES score_overrides (id)
);

CREATE INDEX appeals_unit ON appeals (unit_code, filed_at);
CREATE INDEX appeals_status ON appeals (status, filed_at);
