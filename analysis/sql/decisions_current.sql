-- The analyst's decisions in force (view analyst_decisions_current), oldest first (analysis/decisions.py).
-- Parameter: $regions (list of region codes; NULL for all).
SELECT *
FROM analyst_decisions_current
WHERE $regions IS NULL OR list_contains($regions, region)
ORDER BY made_at, decision_id;
