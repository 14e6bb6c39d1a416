-- The analyst's notes on the gaps of $region (« vérifié avec le certificateur le … »), per certification and
-- skill: rncp_code, skill_id, decision_note. Run only where skill_gaps has decision_note. Parameter: $region.
SELECT rncp_code, skill_id, any_value(decision_note) AS decision_note
FROM skill_gaps
WHERE region = $region AND decision_note IS NOT NULL
GROUP BY ALL;
