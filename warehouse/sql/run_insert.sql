-- Write a step's run, status running (warehouse/runs.py). Parameters: $run_id, $step, $started_at, $config
-- (JSON text), $detail, $pid (the writing process). No rows.
INSERT INTO runs (run_id, step, started_at, status, config, detail, pid)
VALUES ($run_id, $step, $started_at, 'running', $config, $detail, $pid);
