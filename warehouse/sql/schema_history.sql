-- What changed from one analysis to the next (issue 10): a snapshot of the gaps and modules of every
-- analysis run, written by `ecarts analyze` in the run's own transaction (analysis/history.py), and the runs
-- presented to a steering committee (`ecarts comite marquer`). Compared by analysis/changes.py.
-- Documented in docs/warehouse.md.

-- The gaps of an analysis run: the keys a comparison needs, nothing more.
CREATE TABLE IF NOT EXISTS skill_gaps_history (
    run_id      VARCHAR NOT NULL,     -- the analyze run (table runs)
    region      VARCHAR NOT NULL,
    rome_code   VARCHAR NOT NULL,
    rncp_code   VARCHAR NOT NULL,
    skill_id    VARCHAR NOT NULL,
    skill_key   VARCHAR NOT NULL,     -- rome:<code_ogr> for a ROME item, else skill_id (survives a reworded label)
    skill_label VARCHAR NOT NULL,
    coverage    VARCHAR,
    trend       VARCHAR,
    n_offers    INTEGER
);

-- The modules of an analysis run.
CREATE TABLE IF NOT EXISTS module_proposals_history (
    run_id       VARCHAR NOT NULL,
    region       VARCHAR NOT NULL,
    rncp_code    VARCHAR NOT NULL,
    module_id    VARCHAR NOT NULL,
    module_key   VARCHAR,             -- module_proposals.module_key (same skills, same key)
    title        VARCHAR NOT NULL,
    skill_labels VARCHAR[],
    skill_keys   VARCHAR[],           -- the skills' keys, in the order of skill_labels
    n_offers     INTEGER
);

-- Analysis runs presented to a steering committee (« présenté en comité »): one row per run, a new mark of
-- the same run replaces the date and note.
CREATE TABLE IF NOT EXISTS committee_runs (
    run_id         VARCHAR PRIMARY KEY,  -- the analyze run presented
    committee_date DATE NOT NULL,
    note           VARCHAR,
    marked_at      TIMESTAMP NOT NULL,   -- when it was marked (UTC)
    mark_run_id    VARCHAR               -- the comite_marquer run that marked it (table runs)
);
