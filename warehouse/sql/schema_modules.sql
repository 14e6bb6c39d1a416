-- Module proposals: columns added to the contract relation module_proposals (schema.sql), never renamed.
-- Filled by analysis/modules.py (propose_modules); documented in docs/warehouse.md.
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

-- Everything considered for a certification's modules and not proposed, with the reason (one row per
-- region × certification × skill). Filled by analysis/modules.py with module_proposals; documented in
-- docs/warehouse.md.
CREATE TABLE IF NOT EXISTS module_set_aside (
    run_id             VARCHAR,
    region             VARCHAR NOT NULL,
    rncp_code          VARCHAR NOT NULL,
    skill_id           VARCHAR NOT NULL,
    skill_label        VARCHAR NOT NULL,
    coverage           VARCHAR,
    n_offers           INTEGER,
    n_employers        INTEGER,
    reason             VARCHAR NOT NULL,   -- pas_une_competence | couverte_ailleurs | savoir_etre | nature_ecartee | un_seul_employeur | etendue_ecartee | trop_peu_offres | au_dela_du_plafond | ecarte_par_analyste
    reason_label       VARCHAR NOT NULL,   -- the reason in French, with the figures behind it
    kind               VARCHAR,            -- skills.kind
    breadth            VARCHAR,
    trend              VARCHAR,
    nearest_block_code VARCHAR,
    same_as            VARCHAR,            -- the covered skill it is the same as, or the synonym it was merged into
    n_grid_rows        INTEGER,
    created_at         TIMESTAMP,
    PRIMARY KEY (region, rncp_code, skill_id),
    CHECK (reason IN ('pas_une_competence', 'couverte_ailleurs', 'savoir_etre', 'nature_ecartee', 'un_seul_employeur',
                      'etendue_ecartee', 'trop_peu_offres', 'au_dela_du_plafond', 'ecarte_par_analyste'))
);
