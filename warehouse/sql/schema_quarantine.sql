-- Offers set aside: one offer that a per-offer step (mapping, cleaning, mentions, linking) could not
-- process; the run went on without it. An offer set aside during extraction stays pending: the next
-- analyze reads it again.
CREATE TABLE IF NOT EXISTS offer_quarantine (
    offer_id       VARCHAR NOT NULL,
    step           VARCHAR NOT NULL,          -- mapping, cleaning, mentions, linking
    error          VARCHAR NOT NULL,          -- exception type and message
    run_id         VARCHAR,                   -- runs.run_id of the run that set it aside
    quarantined_at TIMESTAMP NOT NULL
);

-- The process that opened a run: a run still 'running' whose process is gone is closed as interrupted.
ALTER TABLE runs ADD COLUMN IF NOT EXISTS pid INTEGER;
