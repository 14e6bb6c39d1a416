-- The analysis runs that left a snapshot for $region (skill_gaps_history, module_proposals_history), newest
-- first, with the committee that each was presented to, if any.
SELECT r.run_id, r.started_at, coalesce(r.finished_at, r.started_at) AS finished_at,
       c.committee_date, c.note
FROM runs r
LEFT JOIN committee_runs c USING (run_id)
WHERE r.step = 'analyze' AND r.status = 'ok'
  AND r.run_id IN (SELECT run_id FROM skill_gaps_history WHERE region = $region
                   UNION SELECT run_id FROM module_proposals_history WHERE region = $region)
ORDER BY r.started_at DESC, r.run_id DESC;
