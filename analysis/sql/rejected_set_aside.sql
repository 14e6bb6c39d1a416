-- The gaps the analyst rejected (skill_gaps_rejected), one row per region × certification × skill (its ROME
-- codes together), for module_set_aside (analysis/decisions_apply.py).
-- Parameter: $region (NULL for all).
SELECT r.region, r.rncp_code, r.skill_id,
       arg_max(r.skill_label, r.n_offers) AS skill_label,
       arg_max(r.coverage, r.n_offers) AS coverage,
       max(r.n_offers) AS n_offers, max(r.n_employers) AS n_employers,
       arg_max(r.breadth, r.n_offers) AS breadth, arg_max(r.trend, r.n_offers) AS trend,
       arg_max(r.nearest_block_code, r.n_offers) AS nearest_block_code, max(r.n_grid_rows) AS n_grid_rows,
       max(r.made_at) AS made_at, arg_max(r.comment, r.made_at) AS comment, any_value(k.kind) AS kind
FROM skill_gaps_rejected r
LEFT JOIN skills k USING (skill_id)
WHERE $region IS NULL OR r.region = $region
GROUP BY r.region, r.rncp_code, r.skill_id
ORDER BY ALL;
