-- The certifications loaded per source (RNCP, RS): source, n, n_active. No parameters.
SELECT source, count(*) AS n, count(*) FILTER (WHERE active) AS n_active
FROM certifications
GROUP BY source
ORDER BY source;
