-- How many certifications the gaps of $region concern: one row, n. Parameter: $region.
SELECT count(DISTINCT rncp_code) AS n FROM skill_gaps WHERE region = $region;
