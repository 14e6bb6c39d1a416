-- How many runs another process left running: one row, n. Parameter: $pid (this process).
SELECT count(*) AS n FROM runs WHERE status = 'running' AND pid IS DISTINCT FROM $pid;
