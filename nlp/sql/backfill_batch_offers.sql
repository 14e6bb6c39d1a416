-- The offers of batch $batch that the workers read (not set aside), in id order (one row each: offer_id).
-- Parameter: $batch.
SELECT offer_id FROM backfill_stage_offers WHERE batch = $batch AND kept ORDER BY offer_id;
