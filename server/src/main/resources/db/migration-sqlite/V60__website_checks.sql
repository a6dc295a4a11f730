-- The "website as the first platform" facts of each site check (issue 11): freshness, broken
-- links of the OGI pages, the online request channel and the newest annual report. One row per
-- check that looked (none for checks stored before, or for a site not reached and nothing to carry).
CREATE TABLE website_checks (
    check_id             INTEGER PRIMARY KEY REFERENCES site_checks (id),
    latest_update_date   TEXT,                    -- YYYY-MM-DD of the newest content item, or null
    latest_update_url    TEXT,
    latest_update_title  TEXT,
    links_checked        INTEGER NOT NULL DEFAULT 0,
    links_broken         INTEGER NOT NULL DEFAULT 0,
    apply_found          INTEGER NOT NULL DEFAULT 0,
    apply_url            TEXT,
    report_found         INTEGER NOT NULL DEFAULT 0,
    report_url           TEXT,
    report_year          INTEGER,                 -- the year reported on
    report_published_on  TEXT,                    -- YYYY-MM-DD, or null when not shown
    report_parts         TEXT NOT NULL DEFAULT '' -- comma-separated: proactive, onRequest, fees, appeals, improvements
);

-- The news, notice, policy and OGI columns the homepage links to, as each check read them.
CREATE TABLE website_columns (
    id           INTEGER PRIMARY KEY,
    check_id     INTEGER NOT NULL REFERENCES site_checks (id),
    type         TEXT NOT NULL,                   -- NEWS, NOTICE, POLICY, OGI
    name         TEXT NOT NULL,
    url          TEXT NOT NULL,
    items        INTEGER NOT NULL DEFAULT 0,      -- dated items read
    latest_date  TEXT,
    latest_url   TEXT,
    state        TEXT NOT NULL                    -- CURRENT, STALE, EMPTY, UNREAD
);

CREATE INDEX website_columns_check ON website_columns (check_id);

-- Broken links found on the OGI pages, with where they were and what they answered.
CREATE TABLE website_broken_links (
    id        INTEGER PRIMARY KEY,
    check_id  INTEGER NOT NULL REFERENCES site_checks (id),
    url       TEXT NOT NULL,
    status    INTEGER NOT NULL,                   -- HTTP status; 0 no answer; 200 a soft 404
    on_page   TEXT NOT NULL,
    answer    TEXT
);

CREATE INDEX website_broken_links_check ON website_broken_links (check_id);
