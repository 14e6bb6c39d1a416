-- The regions of the offers loaded, in order (one row each: region). No parameters.
SELECT DISTINCT region FROM offers WHERE region IS NOT NULL ORDER BY 1;
