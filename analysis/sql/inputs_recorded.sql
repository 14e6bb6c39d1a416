-- Per region, the inputs recorded by the last analysis run that computed it, and the runs whose rows the
-- region's results hold (skill_gaps, module_proposals): a region is up to date only when those are that run.
-- No parameters.
WITH last AS (
    SELECT region, run_id, global_fingerprint, region_fingerprint
    FROM analysis_inputs
    QUALIFY row_number() OVER (PARTITION BY region ORDER BY recorded_at DESC, run_id DESC) = 1
),
written AS (
    SELECT region, list(DISTINCT coalesce(run_id, '')) AS run_ids
    FROM (SELECT region, run_id FROM skill_gaps UNION ALL SELECT region, run_id FROM module_proposals)
    GROUP BY region
)
SELECT l.region, l.run_id, l.global_fingerprint, l.region_fingerprint, coalesce(w.run_ids, []) AS run_ids
FROM last l LEFT JOIN written w USING (region)
ORDER BY l.region;
