-- Mark the analysis run $run_id as presented to a steering committee (a mark of the same run is replaced).
-- Parameters: $run_id, $committee_date, $note, $marked_at, $mark_run_id (the comite_marquer run). No rows.
INSERT OR REPLACE INTO committee_runs (run_id, committee_date, note, marked_at, mark_run_id)
VALUES ($run_id, $committee_date, $note, $marked_at, $mark_run_id);
