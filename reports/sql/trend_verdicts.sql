-- The analysis's trend verdicts (analysis/trend.py, written to skill_gaps) per ROME code and skill of one
-- region: the label, the p-value of the direction reported, the fitted change over the window relative to
-- the mean share, the weeks of the window; and the coverage by each linked certification. The verdict is
-- the same for every certification of a code (one weekly series per code and skill).
-- Parameters: $region; $rome_codes (list, NULL for all); $min_offers (de-duplicated offers asking).
SELECT g.region, g.rome_code, g.skill_id, any_value(g.skill_label) AS skill_label, any_value(k.kind) AS kind,
       arg_max(g.trend, g.n_offers) AS trend, arg_max(g.trend_p_value, g.n_offers) AS p_value,
       arg_max(g.trend_change, g.n_offers) AS change, max(g.trend_weeks) AS weeks,
       max(g.n_offers) AS n_offers, max(g.share_offers) AS share_offers, max(g.n_employers) AS n_employers,
       min(g.first_seen) AS first_seen, max(g.last_seen) AS last_seen,
       list(g.rncp_code ORDER BY g.rncp_code) AS rncp_codes,
       list(g.coverage ORDER BY g.rncp_code) AS coverages
FROM skill_gaps g
LEFT JOIN skills k USING (skill_id)
WHERE g.region = $region AND ($rome_codes IS NULL OR list_contains($rome_codes, g.rome_code))
  AND g.trend IS NOT NULL AND g.n_offers >= $min_offers
GROUP BY g.region, g.rome_code, g.skill_id
ORDER BY g.rome_code, CASE arg_max(g.trend, g.n_offers) WHEN 'emergent' THEN 0 WHEN 'en_recul' THEN 1 ELSE 2 END,
         p_value, n_offers DESC, skill_label;
