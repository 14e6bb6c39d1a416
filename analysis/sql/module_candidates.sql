-- Module candidates and the skills a certification covers: one row per region × certification × skill
-- (the certification's ROME codes together), whatever its coverage; analysis/modules.py keeps the
-- coverages of [modules] coverages as candidates and uses the covered ones to find skills covered elsewhere.
-- Parameters: $region (NULL for all). {skill_group} is replaced by g.skill_group where the analysis names
-- its candidate blocks (else NULL).
SELECT g.region, g.rncp_code, g.skill_id,
       arg_max(g.skill_label, g.n_offers) AS skill_label,
       any_value(k.kind) AS kind,
       arg_max(g.coverage, g.n_offers) AS coverage,
       arg_max(g.breadth, g.n_offers) AS breadth,
       CASE WHEN bool_or(g.trend = 'emergent') THEN 'emergent' ELSE arg_max(g.trend, g.n_offers) END AS trend,
       max(g.coverage_score) AS coverage_score,
       arg_max(g.nearest_block_code, coalesce(g.coverage_score, 0)) AS nearest_block_code,
       list(DISTINCT g.rome_code ORDER BY g.rome_code) AS rome_codes,
       any_value({skill_group}) AS skill_group,
       min(g.first_seen) AS first_seen,
       max(g.last_seen) AS last_seen
FROM skill_gaps g
LEFT JOIN skills k USING (skill_id)
WHERE ($region IS NULL OR g.region = $region)
GROUP BY g.region, g.rncp_code, g.skill_id
ORDER BY g.region, g.rncp_code, g.skill_id;
