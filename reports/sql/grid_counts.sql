-- The trainees' grid rows of $region (and those without a region): one row, n_rows, n_centres,
-- n_certifications. Parameter: $region.
SELECT count(*) AS n_rows, count(DISTINCT centre) AS n_centres,
       count(DISTINCT rncp_code) AS n_certifications
FROM grid_rows
WHERE region IS NULL OR region = $region;
