-- The offers set aside per step, in step order: step, n. No parameters.
SELECT step, count(DISTINCT offer_id) AS n FROM offer_quarantine GROUP BY step ORDER BY step;
