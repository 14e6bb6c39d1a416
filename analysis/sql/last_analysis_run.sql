-- The last analysis run that ended well (zero or one row: run_id). No parameters.
SELECT run_id FROM runs WHERE step = 'analyze' AND status = 'ok' ORDER BY started_at DESC, run_id DESC LIMIT 1;
