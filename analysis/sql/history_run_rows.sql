-- How many rows the analysis run $run_id left in the history tables (gaps and modules): one row, n.
-- Parameter: $run_id.
SELECT (SELECT count(*) FROM skill_gaps_history WHERE run_id = $run_id)
     + (SELECT count(*) FROM module_proposals_history WHERE run_id = $run_id) AS n;
