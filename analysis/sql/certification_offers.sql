-- De-duplicated offers (analysis/sql/units.sql) and identified employers (macro named_employer) of each
-- certification's ROME codes per region (what a module's shares of offers and employers are taken from).
SELECT o.region, cr.rncp_code, count(DISTINCT o.offer_id) AS offers,
       count(DISTINCT named_employer(o.employer)) AS employers
FROM offers o
JOIN certification_rome cr USING (rome_code)
WHERE o.region IS NOT NULL AND ($region IS NULL OR o.region = $region)
  AND o.offer_id NOT IN (SELECT offer_id FROM offer_duplicates)
GROUP BY ALL;
