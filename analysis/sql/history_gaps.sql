-- Snapshot of the gaps the analysis run $run_id wrote into skill_gaps (analysis/history.py). The skill key is
-- analysis.decisions.skill_key: rome:<code_ogr> for a ROME item, else the skill's id.
INSERT INTO skill_gaps_history (run_id, region, rome_code, rncp_code, skill_id, skill_key, skill_label, coverage,
                                trend, n_offers)
SELECT g.run_id, g.region, g.rome_code, g.rncp_code, g.skill_id, coalesce('rome:' || s.rome_ogr_code, g.skill_id),
       g.skill_label, g.coverage, g.trend, g.n_offers
FROM skill_gaps g
LEFT JOIN skills s USING (skill_id)
WHERE g.run_id = $run_id;
