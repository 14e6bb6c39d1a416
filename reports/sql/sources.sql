-- Offers per source and region.
SELECT region, source, count(*) AS n_offers
FROM offers
WHERE region IS NOT NULL AND ($region IS NULL OR region = $region)
GROUP BY ALL
ORDER BY ALL;
