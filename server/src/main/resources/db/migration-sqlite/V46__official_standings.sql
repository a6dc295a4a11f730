-- Official standings (定档): the standing frozen at a milestone's deadline or at a bulletin, with the
-- scores, ranks and evidence it used, as JSON. Written once, never updated: a later appeal, override
-- or late crawl shows beside it as a revision.
CREATE TABLE official_standings (
    id            INTEGER PRIMARY KEY,
    campaign_id   TEXT NOT NULL,
    milestone_id  TEXT,                   -- the milestone whose deadline froze it; null for a bulletin's
    occasion      TEXT NOT NULL,          -- deadline or bulletin
    bulletin_id   INTEGER,
    as_of         TEXT NOT NULL,          -- the day judged as of
    frozen_at     TEXT NOT NULL,
    standing      TEXT NOT NULL
);

-- once per occasion (NULLs would be distinct in a plain UNIQUE constraint)
CREATE UNIQUE INDEX official_standings_once
    ON official_standings (campaign_id, occasion, coalesce(milestone_id, ''), coalesce(bulletin_id, 0));

CREATE TRIGGER official_standings_frozen BEFORE UPDATE ON official_standings
BEGIN
    SELECT RAISE(ABORT, 'an official standing is frozen');
END;

CREATE TRIGGER official_standings_kept BEFORE DELETE ON official_standings
BEGIN
    SELECT RAISE(ABORT, 'an official standing is frozen');
END;
