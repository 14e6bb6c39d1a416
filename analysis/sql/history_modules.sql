-- Snapshot of the modules the analysis run $run_id wrote into module_proposals (analysis/history.py), with
-- the keys of their skills (analysis.decisions.skill_key), in the order of skill_ids.
INSERT INTO module_proposals_history (run_id, region, rncp_code, module_id, module_key, title, skill_labels,
                                      skill_keys, n_offers)
WITH keys AS (
    SELECT u.region, u.rncp_code, u.module_id,
           list(coalesce('rome:' || s.rome_ogr_code, u.skill_id) ORDER BY u.position) AS skill_keys
    FROM (SELECT region, rncp_code, module_id, unnest(skill_ids) AS skill_id,
                 generate_subscripts(skill_ids, 1) AS position
          FROM module_proposals WHERE run_id = $run_id) u
    LEFT JOIN skills s USING (skill_id)
    GROUP BY u.region, u.rncp_code, u.module_id
)
SELECT m.run_id, m.region, m.rncp_code, m.module_id, m.module_key, m.title, m.skill_labels, k.skill_keys,
       m.n_offers
FROM module_proposals m
LEFT JOIN keys k USING (region, rncp_code, module_id)
WHERE m.run_id = $run_id;
