-- Offers asking each skill before de-duplication, per region and ROME code.
SELECT o.region, o.rome_code, os.skill_id, count(DISTINCT o.offer_id) AS n_offers_raw
FROM offers o JOIN offer_skills os USING (offer_id)
WHERE o.region IS NOT NULL AND o.rome_code IS NOT NULL
  AND ($regions IS NULL OR list_contains($regions, o.region))
GROUP BY ALL;
