-- Stage the offers that the backfill's workers read (Parquet), for this connection only (TEMP), numbering their
-- batches as a sequential run cuts them: $batch offers each, in offer id order. Parameters: $files (list of
-- Parquet files), $batch (offers per batch). No rows.
CREATE OR REPLACE TEMP TABLE backfill_stage_offers AS
SELECT offer_id, kept, (row_number() OVER (ORDER BY offer_id) - 1) // $batch AS batch
FROM read_parquet($files)
ORDER BY offer_id;
