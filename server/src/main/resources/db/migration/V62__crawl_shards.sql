-- A round shared by the nodes of a cluster (PostgreSQL): its units split into shards, each run as a
-- recoverable Quartz job by whichever node takes it, and re-run by another when that node dies.
-- Portable SQL: on SQLite the table stays empty (rounds run in one process there).

-- One site_checks row per unit and round, as V2 says: a shard that is re-run skips what is stored.
CREATE UNIQUE INDEX site_checks_round_unit ON site_checks (round_id, unit_code);

-- One round runs at a time, across every node: a second "running" row is refused by the database.
UPDATE crawl_rounds SET status = 'failed', failure = '服务在本轮检查进行中停止，本轮已中断（已写入的检查结果保留）'
    WHERE status = 'running' AND id < (SELECT max(id) FROM crawl_rounds WHERE status = 'running');
CREATE UNIQUE INDEX crawl_rounds_one_running ON crawl_rounds (status) WHERE status = 'running';

CREATE TABLE crawl_shards (
    round_id     BIGINT NOT NULL REFERENCES crawl_rounds (id),
    shard        INTEGER NOT NULL,
    unit_codes   TEXT NOT NULL,             -- comma-separated, the units this shard checks
    hosts        INTEGER NOT NULL,          -- how many distinct hosts its units share
    node         TEXT,                      -- the node that finished it
    finished_at  TEXT,
    PRIMARY KEY (round_id, shard)
);
