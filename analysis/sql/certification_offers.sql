-- De-duplicated offers and identified employers (view offer_units, warehouse/sql/views_analysis.sql: the
-- analysis's own units) of each certification's ROME codes per region (what a module's shares of offers
-- and employers are taken from).
SELECT u.region, cr.rncp_code, count(DISTINCT u.offer_id) AS offers, count(DISTINCT u.employer) AS employers
FROM offer_units u
JOIN certification_rome cr USING (rome_code)
WHERE $region IS NULL OR u.region = $region
GROUP BY ALL;
