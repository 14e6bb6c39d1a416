-- The columns module_proposals gained after its first version, for a warehouse file made by an earlier version:
-- run by warehouse/migrations.py (before the views) when one of them is missing. A new file has them all from
-- the CREATE in schema.sql; keep both lists in the same order. No parameters, no rows.
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS decision VARCHAR;        -- garder | renommer: the analyst's decision applied
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS decision_note VARCHAR;   -- « gardé par l'analyste le JJ/MM/AAAA : … »
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS original_title VARCHAR;  -- the automatic title, when renamed
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS kind VARCHAR;                -- elongation | complement | nouveau_bloc
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS module_key VARCHAR;          -- hash of the sorted skill ids: same skills, same key
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS skill_ids VARCHAR[];
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS coverages VARCHAR[];         -- coverage of each skill, same order
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS trends VARCHAR[];            -- trend of each skill, same order
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS breadths VARCHAR[];          -- breadth of each skill, same order
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS skill_n_offers INTEGER[];    -- offers asking each skill, same order
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS skill_n_employers INTEGER[]; -- employers asking each skill, same order
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS rome_codes VARCHAR[];
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS block_title VARCHAR;         -- the extended block's title, or the new block's
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS share_offers DOUBLE;         -- n_offers / offers of the certification's ROME codes
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS trend VARCHAR;               -- emergent when one of its skills is
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS emerging_skills VARCHAR[];
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS n_grid_rows INTEGER;         -- trainees' grid rows noting its skills as a gap
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS n_grid_centres INTEGER;      -- training centres behind those rows
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS first_seen DATE;
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS last_seen DATE;
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS examples JSON;              -- [{"offer_id", "week", "skill_label", "sentence"}]
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS module_rank INTEGER;         -- 1 = most asked module of the certification
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS certification_rank INTEGER;  -- 1 = certification most in need, per region
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS certification_offers INTEGER; -- offers asking a skill of one of its modules
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS certification_share DOUBLE;  -- the same, share of its ROME codes' offers
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS thresholds JSON;            -- the [modules] settings that made it
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS created_at TIMESTAMP;
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS certification_score DOUBLE;  -- priority score 0-100 (docs/analyse.md), ranks certifications
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS synonyms JSON;              -- {"skill label": ["synonym merged into it", ...]}
ALTER TABLE module_proposals ADD COLUMN IF NOT EXISTS merged_skill_ids VARCHAR[];  -- skill ids of those synonyms
