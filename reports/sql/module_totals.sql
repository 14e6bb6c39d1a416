-- Per region, the certifications that get modules and the modules proposed, in region order: region,
-- n_certifications, n_modules. Parameter: $region (NULL for all regions).
SELECT region, count(DISTINCT rncp_code) AS n_certifications, count(*) AS n_modules
FROM module_proposals
WHERE ($region IS NULL OR region = $region)
GROUP BY region
ORDER BY region;
