-- The offers of one backfill partition, in id order (one row each: offer_id): created in [$since, $until) and in
-- the month [$month_start, $month_end), of the run's region $region (NULL: every region) and, when $by_region, of
-- the partition's region $part_region (NULL: the offers without a region); the slice of $limit offers from $offset.
-- Parameters: $since, $until, $month_start, $month_end (timestamps), $region, $part_region (VARCHAR or NULL),
-- $by_region (BOOLEAN), $limit, $offset (integers).
SELECT offer_id
FROM offers
WHERE created_at >= $since AND created_at < $until
  AND created_at >= $month_start AND created_at < $month_end
  AND ($region::VARCHAR IS NULL OR region = $region)
  AND (NOT $by_region OR region IS NOT DISTINCT FROM $part_region::VARCHAR)
ORDER BY offer_id
LIMIT $limit OFFSET $offset;
