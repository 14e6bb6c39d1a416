-- Gaps to show, most demanded first, per region, ROME code and certification.
SELECT g.region, g.rome_code, g.rncp_code, c.title AS certification, g.skill_label, g.coverage, g.breadth,
       g.trend, g.n_offers, g.share_offers, g.n_employers, g.coverage_score, g.nearest_block_code,
       g.nearest_competence, g.first_seen, g.last_seen
FROM skill_gaps g
LEFT JOIN certifications c USING (rncp_code)
WHERE ($region IS NULL OR g.region = $region)
ORDER BY g.region, g.rome_code, g.rncp_code, g.n_offers DESC, g.skill_label;
