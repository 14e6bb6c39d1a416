-- Delete the duplicate links of the offers of $regions before they are computed again. Parameter: $regions
-- (list of region codes; NULL for all regions). No rows.
DELETE FROM offer_duplicates
WHERE $regions IS NULL OR offer_id IN (SELECT offer_id FROM offers WHERE list_contains($regions, region));
