-- Stage the mentions that the backfill's workers read (Parquet), with their offer's batch (backfill_stage_offers),
-- sorted by offer and position. Parameter: $files (list of Parquet files). No rows.
CREATE OR REPLACE TEMP TABLE backfill_stage_mentions AS
SELECT m.*, o.batch FROM read_parquet($files) m JOIN backfill_stage_offers o USING (offer_id)
ORDER BY m.offer_id, m.position;
