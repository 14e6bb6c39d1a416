-- Skills asked by each de-duplicated offer of the regions analysed (its own and those of its duplicates),
-- from the warehouse view offer_unit_skills (warehouse/sql/views_analysis.sql).
-- Parameter: $regions (list of region codes; NULL for all regions).
SELECT s.offer_id AS unit_id, s.skill_id
FROM offer_unit_skills s
JOIN offer_units u USING (offer_id)
WHERE $regions IS NULL OR list_contains($regions, u.region)
ORDER BY 1, 2;
