-- The columns skill_gaps gained after its first version, for a warehouse file made by an earlier version:
-- run by warehouse/migrations.py (before the views, which read them) when one of them is missing. A new file
-- has them all from the CREATE in schema.sql; keep both lists in the same order. No parameters, no rows.
-- The analysis (schema_analysis.sql before issue 11).
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_offers_raw INTEGER;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS share_employers DOUBLE;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_rome_codes INTEGER;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_domains INTEGER;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS nearest_section VARCHAR;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS coverage_embedding DOUBLE;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS coverage_lexical DOUBLE;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS extension_terms VARCHAR;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS skill_group VARCHAR;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS trend_p_value DOUBLE;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS trend_change DOUBLE;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS trend_weeks INTEGER;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS rome_emergente BOOLEAN;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS esco_transversal BOOLEAN;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS esco_label VARCHAR;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_grid_rows INTEGER;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_centres INTEGER;
-- The analyst's decisions (schema_decisions.sql before issue 11).
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS merged_skill_ids VARCHAR[];
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS merged_labels VARCHAR[];
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS original_label VARCHAR;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS decisions VARCHAR[];
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS decision_note VARCHAR;
-- The offers that name the certification (offer_certifications, issue 13).
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_offers_naming INTEGER;
