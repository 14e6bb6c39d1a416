-- Delete the rows of the analysis run $run_id from one history table before it is snapshotted (again).
-- {table} is replaced by skill_gaps_history or module_proposals_history, constants of analysis/history.py,
-- never input. Parameter: $run_id. No rows.
DELETE FROM {table} WHERE run_id = $run_id;
