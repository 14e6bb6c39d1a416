-- Demanded skills per region and ROME code, with their coverage by each linked certification.
-- best: 3 when one certification covers it, 2 when weakly or by elongation at best, 1 when none does.
SELECT g.region, g.rome_code, g.skill_id, any_value(g.skill_label) AS skill_label, any_value(k.kind) AS kind,
       max(g.n_offers) AS n_offers, max(g.share_offers) AS share_offers, max(g.n_employers) AS n_employers,
       arg_max(g.breadth, g.n_offers) AS breadth,
       CASE WHEN bool_or(g.trend = 'emergent') THEN 'emergent' ELSE arg_max(g.trend, g.n_offers) END AS trend,
       list(g.rncp_code ORDER BY g.rncp_code) AS rncp_codes,
       list(g.coverage ORDER BY g.rncp_code) AS coverages,
       list(g.decision_note ORDER BY g.rncp_code) AS decision_notes,   -- « vérifié avec le certificateur … »
       max(CASE g.coverage WHEN 'couvert' THEN 3 WHEN 'faible' THEN 2 WHEN 'elongation' THEN 2 ELSE 1 END) AS best
FROM skill_gaps g
LEFT JOIN skills k USING (skill_id)
WHERE ($region IS NULL OR g.region = $region)
GROUP BY g.region, g.rome_code, g.skill_id
ORDER BY g.region, g.rome_code, n_offers DESC, skill_label;
