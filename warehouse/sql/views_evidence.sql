-- The evidence behind every gap, one row per piece of evidence:
--   source = 'offre':  offers (and their sentences) asking the skill in the gap's region and ROME code;
--   source = 'grille': trainees' gap grid rows reporting the skill for the gap's certification (and its
--                      region, when the grid was imported with one): evidence_id = grid_rows.row_id,
--                      created_at = first day of the period observed, employer = the company,
--                      origin = 'reported', mention = the competence as written, sentence = the activity.
-- centre, period and in_reference (oui | partiellement | non) are filled for grid rows only.
-- A gap into which the analyst merged synonyms (skill_gaps.merged_skill_ids) has their evidence too:
-- member_skill_id is the skill the offer or grid row names (skill_id itself, or a synonym).
CREATE OR REPLACE VIEW gap_evidence AS
SELECT g.region, g.rome_code, g.rncp_code, g.skill_id, g.skill_label, g.coverage,
       'offre' AS source, o.offer_id AS evidence_id, o.created_at, o.employer, os.origin, os.mention, os.sentence,
       NULL::VARCHAR AS centre, NULL::VARCHAR AS period, NULL::VARCHAR AS in_reference, g.member_skill_id
FROM (SELECT *, unnest(list_prepend(skill_id, coalesce(merged_skill_ids, []::VARCHAR[]))) AS member_skill_id
      FROM skill_gaps) g
JOIN offers o ON o.region = g.region AND o.rome_code = g.rome_code
JOIN offer_skills os ON os.offer_id = o.offer_id AND os.skill_id = g.member_skill_id
UNION ALL
SELECT g.region, g.rome_code, g.rncp_code, g.skill_id, g.skill_label, g.coverage,
       'grille' AS source, r.row_id AS evidence_id, CAST(r.period_start AS TIMESTAMP) AS created_at,
       r.company AS employer, 'reported' AS origin, r.competence AS mention, r.activity AS sentence,
       r.centre, r.period, r.in_reference, g.member_skill_id
FROM (SELECT *, unnest(list_prepend(skill_id, coalesce(merged_skill_ids, []::VARCHAR[]))) AS member_skill_id
      FROM skill_gaps) g
JOIN grid_rows r ON r.rncp_code = g.rncp_code AND r.skill_id = g.member_skill_id
                AND (r.region IS NULL OR r.region = g.region);
