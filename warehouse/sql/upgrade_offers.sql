-- The columns offers gained after its first version, for a warehouse file made by an earlier version: run by
-- warehouse/migrations.py (before the views, which read them) when one of them is missing. A new file has them
-- all from the CREATE in schema.sql; keep both lists in the same order. No parameters, no rows.
-- A second source (issue 13): the key on the relaying board, every ROME code, every employer name.
ALTER TABLE offers ADD COLUMN IF NOT EXISTS source_ref VARCHAR;
ALTER TABLE offers ADD COLUMN IF NOT EXISTS rome_codes VARCHAR;
ALTER TABLE offers ADD COLUMN IF NOT EXISTS employer_names VARCHAR;
