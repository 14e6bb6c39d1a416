-- The offers to read: never read, changed since they were read, or read with another embedding model than
-- $model; in id order (one row each: offer_id). Parameter: $model (NULL: any model will do).
SELECT o.offer_id
FROM offers o LEFT JOIN offer_extractions e USING (offer_id)
WHERE e.offer_id IS NULL OR e.content_hash IS DISTINCT FROM o.content_hash
   OR ($model IS NOT NULL AND e.model IS DISTINCT FROM $model)
ORDER BY o.offer_id;
