-- How many batches the staged backfill holds: one row, n. No parameters.
SELECT coalesce(max(batch) + 1, 0) AS n FROM backfill_stage_offers;
