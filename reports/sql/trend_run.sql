-- The analysis run that wrote a region's skill_gaps, its thresholds, and whether offers were loaded after it
-- (the verdicts then lag behind the warehouse). Parameter: $region.
WITH gap_run AS (SELECT any_value(run_id) AS run_id FROM skill_gaps WHERE region = $region)
SELECT r.run_id, r.started_at, r.thresholds,
       (SELECT count(*) FROM runs l WHERE l.step IN ('offers_import', 'offers_pull') AND l.status = 'ok'
          AND l.started_at > r.started_at) AS loads_after
FROM gap_run JOIN runs r USING (run_id);
