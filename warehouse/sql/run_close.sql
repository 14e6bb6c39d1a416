-- Record a run's status, counts, model, thresholds and detail (warehouse/runs.py). Parameters: $run_id,
-- $status, $finished_at (NULL while it goes on), $counts and $thresholds (JSON text), $model, $detail. No rows.
UPDATE runs SET status = $status, finished_at = $finished_at, counts = $counts, model = $model,
                thresholds = $thresholds, detail = $detail
WHERE run_id = $run_id;
