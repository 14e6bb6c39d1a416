-- The last analysis run that ended well (zero or one row): run_id, started_at, model, config and thresholds
-- (JSON text). No parameters.
SELECT run_id, started_at, model, config, thresholds
FROM runs
WHERE step = 'analyze' AND status = 'ok'
ORDER BY started_at DESC
LIMIT 1;
