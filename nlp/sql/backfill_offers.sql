-- Every offer a backfill re-reads, in id order (one row each: offer_id): created in [$since, $until), of the region
-- $region (NULL: every region). The order and the set in which a sequential run reads them.
-- Parameters: $since, $until (timestamps), $region (VARCHAR or NULL).
SELECT offer_id
FROM offers
WHERE created_at >= $since AND created_at < $until AND ($region::VARCHAR IS NULL OR region = $region)
ORDER BY offer_id;
