-- The evidence behind every gap: offers (and their sentences) asking the skill in the gap's region and
-- ROME code. Grid rows are added to this view when grids are imported (source = 'grille').
CREATE OR REPLACE VIEW gap_evidence AS
SELECT g.region, g.rome_code, g.rncp_code, g.skill_id, g.skill_label, g.coverage,
       'offre' AS source, o.offer_id AS evidence_id, o.created_at, o.employer, os.origin, os.mention, os.sentence
FROM skill_gaps g
JOIN offers o ON o.region = g.region AND o.rome_code = g.rome_code
JOIN offer_skills os ON os.offer_id = o.offer_id AND os.skill_id = g.skill_id;
