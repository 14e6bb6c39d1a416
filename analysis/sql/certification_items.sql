-- The ROME items of each certification's fiches, as skill ids with their labels: a block statement whose
-- nearest item is the skill says it in other words (analysis/coverage.py, rule « couvert (redit) »).
SELECT DISTINCT cr.rncp_code, 'rome:' || ri.code_ogr AS skill_id, ri.label
FROM certification_rome cr
JOIN rome_occupation_items oi USING (rome_code)
JOIN rome_items ri USING (code_ogr)
ORDER BY cr.rncp_code, skill_id;
