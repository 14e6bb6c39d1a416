-- The regions with analysed gaps, in order (one row each: region). No parameters.
SELECT DISTINCT region FROM skill_gaps ORDER BY region;
