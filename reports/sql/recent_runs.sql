-- The last $n runs, newest first: step, status, started_at, finished_at, counts, detail. Parameter: $n.
SELECT step, status, started_at, finished_at, counts, detail FROM runs ORDER BY started_at DESC LIMIT $n;
