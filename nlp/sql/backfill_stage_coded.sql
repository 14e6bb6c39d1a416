-- Stage the coded items that the backfill's workers linked (Parquet), with their offer's batch
-- (backfill_stage_offers), sorted by offer so that a batch is read back from a few row groups. Parameter: $files
-- (list of Parquet files). No rows.
CREATE OR REPLACE TEMP TABLE backfill_stage_coded AS
SELECT c.*, o.batch FROM read_parquet($files) c JOIN backfill_stage_offers o USING (offer_id)
ORDER BY c.offer_id, c.seq;
