-- Offers asking each skill, per week, region and ROME code.
SELECT o.region, o.rome_code, os.skill_id, date_trunc('week', o.created_at)::DATE AS week,
       count(DISTINCT o.offer_id) AS asking
FROM offers o
JOIN offer_skills os USING (offer_id)
WHERE o.region IS NOT NULL AND o.rome_code IS NOT NULL AND o.created_at IS NOT NULL
  AND ($region IS NULL OR o.region = $region)
GROUP BY ALL
ORDER BY ALL;
