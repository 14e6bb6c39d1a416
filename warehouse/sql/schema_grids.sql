-- Trainees' gap grids ("rapports d'étonnement"): one row per observation, apprentice pseudonymised.
CREATE TABLE IF NOT EXISTS grid_imports (
    import_id    VARCHAR PRIMARY KEY,
    file         VARCHAR NOT NULL,          -- keyed hash of the path (fichier-…), never the name
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
-- Columns added with the import of grids (ALTER keeps warehouse files created before up to date).
ALTER TABLE grid_imports ADD COLUMN IF NOT EXISTS file_name VARCHAR;      -- keyed hash of the name, without folders
ALTER TABLE grid_imports ADD COLUMN IF NOT EXISTS format VARCHAR;         -- csv | xlsx
ALTER TABLE grid_imports ADD COLUMN IF NOT EXISTS region VARCHAR;         -- --region of the import
ALTER TABLE grid_imports ADD COLUMN IF NOT EXISTS centres VARCHAR[];
ALTER TABLE grid_imports ADD COLUMN IF NOT EXISTS rncp_codes VARCHAR[];
ALTER TABLE grid_imports ADD COLUMN IF NOT EXISTS n_new_rows INTEGER;     -- rows not already known
ALTER TABLE grid_imports ADD COLUMN IF NOT EXISTS pseudo_key_id VARCHAR;  -- which key made the pseudonyms
ALTER TABLE grid_imports ADD COLUMN IF NOT EXISTS run_id VARCHAR;
ALTER TABLE grid_rows ADD COLUMN IF NOT EXISTS link_how VARCHAR;          -- label | embedding | new
ALTER TABLE grid_rows ADD COLUMN IF NOT EXISTS link_model VARCHAR;        -- embedding model of the link

-- The pseudonymisation key never lives here (ECARTS_PSEUDO_KEY, or the file of [grids] pseudo_key_file).
-- Earlier versions kept it in a table warehouse_secrets: `ecarts grids import` moves it out and drops it.
