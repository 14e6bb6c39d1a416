-- Gaps (a skill a certification does not cover: coverage other than « couvert » for at least one ROME code)
-- in the run $current and not in $reference (change = 'nouveau'), and the reverse (change = 'disparu', with
-- what became of it: coverage_now « couvert », or NULL when the skill is no longer in the results).
WITH gaps AS (
    SELECT run_id, rncp_code, skill_key, arg_max(skill_label, n_offers) AS skill_label,
           arg_max(coverage, n_offers) AS coverage, max(n_offers) AS n_offers,
           list(DISTINCT rome_code ORDER BY rome_code) AS rome_codes
    FROM skill_gaps_history
    WHERE region = $region AND run_id IN ($current, $reference) AND coverage <> 'couvert'
    GROUP BY run_id, rncp_code, skill_key
),
cur AS (SELECT * FROM gaps WHERE run_id = $current),
ref AS (SELECT * FROM gaps WHERE run_id = $reference),
asked_now AS (
    SELECT rncp_code, skill_key, min(coverage) AS coverage
    FROM skill_gaps_history WHERE region = $region AND run_id = $current GROUP BY rncp_code, skill_key
)
SELECT 'nouveau' AS change, c.rncp_code, c.skill_key, c.skill_label, c.coverage, c.n_offers, c.rome_codes,
       c.coverage AS coverage_now
FROM cur c
WHERE NOT EXISTS (SELECT 1 FROM ref r WHERE r.rncp_code = c.rncp_code AND r.skill_key = c.skill_key)
UNION ALL
SELECT 'disparu', r.rncp_code, r.skill_key, r.skill_label, r.coverage, r.n_offers, r.rome_codes, a.coverage
FROM ref r
LEFT JOIN asked_now a USING (rncp_code, skill_key)
WHERE NOT EXISTS (SELECT 1 FROM cur c WHERE c.rncp_code = r.rncp_code AND c.skill_key = r.skill_key)
ORDER BY change DESC, n_offers DESC NULLS LAST, skill_label, rncp_code;
