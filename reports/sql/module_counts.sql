-- The modules proposed in $region and the certifications they go to: one row, n_certifications, n_modules.
-- Parameter: $region.
SELECT count(DISTINCT rncp_code) AS n_certifications,
       count(*) AS n_modules
FROM (SELECT rncp_code FROM module_proposals WHERE region = $region);
