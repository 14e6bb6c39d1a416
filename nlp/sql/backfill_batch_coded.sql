-- The coded items of batch $batch, linked, in the order they were read: offer_id, skill_id, mention, origin, score,
-- new_label. Parameter: $batch.
SELECT offer_id, skill_id, mention, origin, score, new_label
FROM backfill_stage_coded WHERE batch = $batch ORDER BY offer_id, seq;
