-- Close as interrupted the runs another process left running, $reason appended to their detail.
-- Parameters: $finished_at, $reason, $pid (this process). No rows.
UPDATE runs SET status = 'interrupted', finished_at = $finished_at,
                detail = concat_ws(' | ', nullif(detail, ''), $reason)
WHERE status = 'running' AND pid IS DISTINCT FROM $pid;
