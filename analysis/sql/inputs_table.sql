-- The inputs each analysis run read, per region it computed (analysis/incremental.py): a later run whose
-- inputs are the same skips the region. Created by the first analysis that records it. No rows.
CREATE TABLE IF NOT EXISTS analysis_inputs (
    run_id             VARCHAR NOT NULL,
    region             VARCHAR NOT NULL,
    global_fingerprint VARCHAR NOT NULL,   -- settings, week, referentials, grids, decisions
    region_fingerprint VARCHAR NOT NULL,   -- the region's offers and their skills
    recorded_at        TIMESTAMP NOT NULL
);
