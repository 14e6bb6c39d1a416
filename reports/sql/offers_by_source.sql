-- Offers per source, all regions: rows (source, n).
SELECT source, count(*) AS n FROM offers GROUP BY ALL ORDER BY ALL;
