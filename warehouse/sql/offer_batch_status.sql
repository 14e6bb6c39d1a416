-- The offers of the batch to write (issue 12): those not in the warehouse (is_new) and those whose content
-- changed (content_hash differs, or was never computed). Unchanged offers are left out, never rewritten.
-- Reads the registered batch _offer_batch (loaders.py); replaces the temporary table _offer_batch_status.
CREATE OR REPLACE TEMP TABLE _offer_batch_status AS
SELECT b.offer_id, o.offer_id IS NULL AS is_new
FROM _offer_batch AS b
LEFT JOIN offers AS o ON o.offer_id = b.offer_id
WHERE o.offer_id IS NULL OR o.content_hash IS DISTINCT FROM b.content_hash;
