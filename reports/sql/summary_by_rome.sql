-- One line per region and ROME code: offers, certifications, demanded skills and their coverage
-- (a skill counts as covered when at least one linked certification covers it).
WITH best AS (
    SELECT region, rome_code, skill_id, any_value(skill_label) AS skill_label,
           max(n_offers) AS n_offers,
           max(CASE coverage WHEN 'couvert' THEN 3 WHEN 'faible' THEN 2 WHEN 'elongation' THEN 2 ELSE 1 END) AS best
    FROM skill_gaps
    WHERE ($region IS NULL OR region = $region)
    GROUP BY ALL
)
SELECT b.region, b.rome_code, r.label AS rome_label,
       (SELECT count(*) FROM offers o WHERE o.region = b.region AND o.rome_code = b.rome_code) AS offers,
       (SELECT count(DISTINCT g.rncp_code) FROM skill_gaps g WHERE g.region = b.region AND g.rome_code = b.rome_code) AS certifications,
       count(*) AS skills,
       count(*) FILTER (WHERE best = 3) AS covered,
       count(*) FILTER (WHERE best = 2) AS weak,
       count(*) FILTER (WHERE best = 1) AS uncovered,
       arg_max(b.skill_label, b.n_offers) FILTER (WHERE best = 1) AS top_uncovered
FROM best b
LEFT JOIN rome_occupations r USING (rome_code)
GROUP BY b.region, b.rome_code, r.label
ORDER BY b.region, b.rome_code;
