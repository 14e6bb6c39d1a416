-- The step and status of the run $run_id (zero or one row: step, status). Parameter: $run_id.
SELECT step, status FROM runs WHERE run_id = $run_id;
