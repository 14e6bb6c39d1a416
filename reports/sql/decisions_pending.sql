-- Decisions imported (analyst_decisions, cancellations included) after the last successful analysis: the
-- results do not show them yet (reports/decisions.py). Run only when the table exists.
-- Parameter: $region (NULL for all).
SELECT count(*) AS n
FROM analyst_decisions d
WHERE ($region IS NULL OR d.region = $region)
  AND d.made_at > coalesce((SELECT max(finished_at) FROM runs WHERE step = 'analyze' AND status = 'ok'),
                           TIMESTAMP '1970-01-01');
