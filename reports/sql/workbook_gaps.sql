-- The skill gaps of a region for the decisions workbook (reports/decisions.py): one row per certification ×
-- skill not covered (its ROME codes together), most asked first.
-- Parameter: $region.
SELECT g.region, g.rncp_code, any_value(c.title) AS certification_title, g.skill_id,
       any_value(k.rome_ogr_code) AS rome_ogr_code,
       arg_max(g.skill_label, g.n_offers) AS skill_label,
       arg_max(g.coverage, g.n_offers) AS coverage,
       max(g.n_offers) AS n_offers, max(g.n_employers) AS n_employers
FROM skill_gaps g
LEFT JOIN certifications c USING (rncp_code)
LEFT JOIN skills k USING (skill_id)
WHERE g.region = $region AND g.coverage <> 'couvert'
GROUP BY g.region, g.rncp_code, g.skill_id
ORDER BY g.rncp_code, n_offers DESC, skill_label, g.skill_id;  -- the id last: one order from run to run
