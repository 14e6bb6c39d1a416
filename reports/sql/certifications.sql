-- Certifications analysed per region (those in skill_gaps), their ROME codes, blocks and gap counts;
-- n_offers_rome: de-duplicated offers of their ROME codes (view offer_units: a repost counts once, as in the
-- analysis).
SELECT g.region, g.rncp_code, c.title, c.level, c.active, c.abbreviation, c.abbreviation_label,
       list(DISTINCT g.rome_code ORDER BY g.rome_code) AS rome_codes,
       count(DISTINCT g.skill_id) AS n_skills,
       count(DISTINCT g.skill_id) FILTER (WHERE g.coverage = 'couvert') AS n_couvert,
       count(DISTINCT g.skill_id) FILTER (WHERE g.coverage = 'faible') AS n_faible,
       count(DISTINCT g.skill_id) FILTER (WHERE g.coverage = 'elongation') AS n_elongation,
       count(DISTINCT g.skill_id) FILTER (WHERE g.coverage = 'nouveau') AS n_nouveau,
       count(DISTINCT g.skill_id) FILTER (WHERE g.coverage = 'nouveau_bloc') AS n_nouveau_bloc,
       (SELECT list({'code': b.block_code, 'title': b.block_title} ORDER BY b.block_code)
        FROM certification_blocks b WHERE b.rncp_code = g.rncp_code) AS blocks,
       (SELECT count(DISTINCT u.offer_id) FROM offer_units u JOIN certification_rome cr USING (rome_code)
        WHERE cr.rncp_code = g.rncp_code AND u.region = g.region) AS n_offers_rome
FROM skill_gaps g
LEFT JOIN certifications c USING (rncp_code)
WHERE ($region IS NULL OR g.region = $region)
GROUP BY g.region, g.rncp_code, c.title, c.level, c.active, c.abbreviation, c.abbreviation_label
ORDER BY g.region, g.rncp_code;
