-- Offers asking at least one skill of each module, per week (the module's ROME codes in its region).
SELECT m.region, m.rncp_code, m.module_id, date_trunc('week', e.created_at)::DATE AS week,
       count(DISTINCT e.evidence_id) AS asking
FROM module_proposals m, unnest(m.skill_ids) AS u(skill_id)
JOIN gap_evidence e ON e.region = m.region AND e.rncp_code = m.rncp_code AND e.skill_id = u.skill_id
WHERE e.source = 'offre' AND ($region IS NULL OR m.region = $region)
GROUP BY ALL
ORDER BY ALL;
