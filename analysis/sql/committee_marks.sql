-- The runs presented to a committee, the latest committee first: run_id, committee_date, note, marked_at,
-- analysed_at (the run's start), regions (those of its gaps). No parameters.
SELECT c.run_id, c.committee_date, c.note, c.marked_at, r.started_at AS analysed_at,
       (SELECT list(DISTINCT h.region ORDER BY h.region) FROM skill_gaps_history h
        WHERE h.run_id = c.run_id) AS regions
FROM committee_runs c LEFT JOIN runs r USING (run_id)
ORDER BY c.committee_date DESC, c.marked_at DESC;
