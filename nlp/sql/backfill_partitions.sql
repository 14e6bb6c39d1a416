-- The partitions of a backfill: the offers created in [$since, $until), of the region $region (NULL: every region),
-- counted by month of creation and, when $by_region, by region: month (YYYY-MM), region (NULL when not split by
-- region, or for offers without a region), n_offers; in month and region order.
-- Parameters: $since, $until (timestamps), $region (VARCHAR or NULL), $by_region (BOOLEAN).
SELECT strftime(created_at, '%Y-%m') AS month,
       CASE WHEN $by_region THEN region END AS region,
       count(*) AS n_offers
FROM offers
WHERE created_at >= $since AND created_at < $until AND ($region::VARCHAR IS NULL OR region = $region)
GROUP BY ALL
ORDER BY month, region NULLS LAST;
