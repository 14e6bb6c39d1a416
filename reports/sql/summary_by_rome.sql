-- One line per region and ROME code: offers (de-duplicated), certifications, demanded skills and their coverage
-- (a skill counts as covered when at least one linked certification covers it; elongation counts with
-- the weakly covered, nouveau_bloc with the uncovered), emerging uncovered skills, and the most asked
-- uncovered know-how (savoir-être, rarely stated in blocks, is left out of that column).
WITH best AS (
    SELECT g.region, g.rome_code, g.skill_id, any_value(g.skill_label) AS skill_label,
           any_value(k.kind) AS kind, max(g.n_offers) AS n_offers,
           bool_or(g.trend = 'emergent') AS emerging,
           max(CASE g.coverage WHEN 'couvert' THEN 3 WHEN 'faible' THEN 2 WHEN 'elongation' THEN 2 ELSE 1 END) AS best
    FROM skill_gaps g
    LEFT JOIN skills k USING (skill_id)
    WHERE ($region IS NULL OR g.region = $region)
    GROUP BY ALL
)
SELECT b.region, b.rome_code, r.label AS rome_label,
       -- de-duplicated offers (view offer_units: a repost counts once), as the report and the dossier count them
       (SELECT count(*) FROM offer_units u WHERE u.region = b.region AND u.rome_code = b.rome_code) AS offers,
       (SELECT count(DISTINCT g.rncp_code) FROM skill_gaps g WHERE g.region = b.region AND g.rome_code = b.rome_code) AS certifications,
       count(*) AS skills,
       count(*) FILTER (WHERE best = 3) AS covered,
       count(*) FILTER (WHERE best = 2) AS weak,
       count(*) FILTER (WHERE best = 1) AS uncovered,
       count(*) FILTER (WHERE best < 3 AND emerging) AS emerging_uncovered,
       arg_max(b.skill_label, b.n_offers) FILTER (WHERE best = 1 AND coalesce(b.kind, '') <> 'savoir_etre') AS top_uncovered
FROM best b
LEFT JOIN rome_occupations r USING (rome_code)
GROUP BY b.region, b.rome_code, r.label
ORDER BY b.region, b.rome_code;
