-- The offers to de-duplicate (with a region and a ROME code): offer_id, region, rome_code, employer,
-- created_at, the text compared (title, newline, description), the place label and the employer names, one region and ROME code after the other
-- (analysis/dedup.py reads them block by block). Parameter: $regions (list of region codes; NULL for all regions).
SELECT offer_id, region, rome_code, employer, created_at,
       coalesce(title, '') || chr(10) || coalesce(description, ''), place_label,
       employer_names
FROM offers
WHERE region IS NOT NULL AND rome_code IS NOT NULL
  AND ($regions IS NULL OR list_contains($regions, region))
ORDER BY region, rome_code, offer_id;
