-- Skills asked by each de-duplicated offer: its own, and those of its duplicates.
-- Parameter: $regions (list of region codes; NULL for all regions).
SELECT DISTINCT coalesce(d.canonical_offer_id, os.offer_id) AS unit_id, os.skill_id
FROM offer_skills os
JOIN offers o USING (offer_id)
LEFT JOIN offer_duplicates d USING (offer_id)
WHERE o.region IS NOT NULL AND o.rome_code IS NOT NULL
  AND ($regions IS NULL OR list_contains($regions, o.region))
ORDER BY 1, 2;
