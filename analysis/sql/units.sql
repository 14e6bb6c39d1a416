-- The de-duplicated offers ("units") of the regions analysed, from the warehouse view offer_units
-- (warehouse/sql/views_analysis.sql: an offer that is no duplicate of an earlier one, its identified employer).
-- Parameter: $regions (list of region codes; NULL for all regions).
SELECT offer_id AS unit_id, region, rome_code, employer, day, week
FROM offer_units
WHERE $regions IS NULL OR list_contains($regions, region)
ORDER BY region, rome_code, offer_id;
