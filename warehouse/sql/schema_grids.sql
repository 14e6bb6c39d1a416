-- Trainees' gap grids ("rapports d'étonnement"): one row per observation, apprentice pseudonymised.
CREATE TABLE IF NOT EXISTS grid_imports (
    import_id    VARCHAR PRIMARY KEY,
    file         VARCHAR NOT NULL,
    file_hash    VARCHAR NOT NULL,          -- the same file imported twice changes nothing
    imported_at  TIMESTAMP NOT NULL,
    n_rows       INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS grid_rows (
    row_id        VARCHAR PRIMARY KEY,      -- stable hash of the row's content
    import_id     VARCHAR NOT NULL,
    line          INTEGER NOT NULL,         -- line in the file (header = 1)
    region        VARCHAR,                  -- INSEE region of the training centre
    centre        VARCHAR NOT NULL,
    rncp_code     VARCHAR NOT NULL,
    period        VARCHAR,                  -- as written (e.g. 2026-S1, 2026-09/2026-12)
    period_start  DATE,
    period_end    DATE,
    company       VARCHAR,
    apprentice_key VARCHAR,                 -- pseudonym (keyed hash), never the name
    activity      VARCHAR,
    competence    VARCHAR NOT NULL,
    in_reference  VARCHAR NOT NULL,         -- oui | partiellement | non
    block_code    VARCHAR,
    comment       VARCHAR,
    skill_id      VARCHAR,                  -- linked like an offer skill
    link_score    DOUBLE
);
