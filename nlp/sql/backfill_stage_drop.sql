-- Drop the backfill's staged rows (backfill_stage.sql). No parameters, no rows.
DROP TABLE IF EXISTS backfill_stage_offers;
DROP TABLE IF EXISTS backfill_stage_coded;
DROP TABLE IF EXISTS backfill_stage_mentions;
