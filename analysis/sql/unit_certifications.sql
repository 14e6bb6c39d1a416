-- The certifications each de-duplicated offer of the regions analysed names (offer_certifications): its own
-- and those its duplicates name (offer_duplicates), once per unit and certification. The view offer_units
-- (warehouse/sql/views_analysis.sql) defines the units. Parameter: $regions (list of region codes; NULL for all).
SELECT DISTINCT u.offer_id AS unit_id, oc.rncp_code
FROM offer_certifications oc
LEFT JOIN offer_duplicates d USING (offer_id)
JOIN offer_units u ON u.offer_id = coalesce(d.canonical_offer_id, oc.offer_id)
WHERE $regions IS NULL OR list_contains($regions, u.region)
ORDER BY 1, 2;
