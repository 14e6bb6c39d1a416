-- The offers compared across sources (analysis/dedup_sources.py), region after region, in the regions where
-- more than one board has offers: offer_id, board (macro offer_board, by the source alone: an offer pulled and
-- one read from a file are one board), region, place label, every ROME code, every employer name, created_at,
-- title, description. Parameter: $regions (list of region codes; NULL for all regions).
WITH mixed AS (
    SELECT region FROM offers
    WHERE region IS NOT NULL AND ($regions IS NULL OR list_contains($regions, region))
    GROUP BY region HAVING count(DISTINCT offer_board(source, NULL)) > 1
)
SELECT offer_id, offer_board(source, NULL), region, place_label, coalesce(rome_codes, rome_code), coalesce(employer_names, employer),
       created_at, coalesce(title, ''), coalesce(description, '')
FROM offers
WHERE region IN (SELECT region FROM mixed)
ORDER BY region, offer_id;
