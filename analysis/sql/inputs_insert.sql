-- Record the inputs an analysis run read for one region it computed. Parameters: $run_id, $region,
-- $global_fingerprint, $region_fingerprint, $recorded_at. No rows.
INSERT INTO analysis_inputs VALUES ($run_id, $region, $global_fingerprint, $region_fingerprint, $recorded_at);
